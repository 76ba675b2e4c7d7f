// Where the CPU time of scoring a 30,000-word article goes (for profiling; not part of
// `npm run bench`). CPU time (process.cpuUsage) rather than wall time: the shared machine is
// loaded. Run: `npx tsx bench/suggest-phases.ts`
import { loadavg } from "node:os";
import { splitSentences, suggestClaims } from "@/lib/suggest";
import { documentFeatures } from "@/lib/suggest/model/context";
import { featureRow, namedFeatures } from "@/lib/suggest/model/features";
import { annotateSentences, setAnnotationCacheLimit } from "@/lib/suggest/model/nlp";
import { scoreSentences } from "@/lib/suggest/score";
import { generateArticle } from "./suggest.bench";

const text = generateArticle(30_000);
const RUNS = Number(process.env.RUNS ?? 9);
function time(name: string, f: () => unknown): void {
  f();
  const ts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    ts.push((c.user + c.system) / 1000);
  }
  ts.sort((a, b) => a - b);
  console.log(`${name.padEnd(22)} CPU median ${ts[RUNS >> 1].toFixed(1).padStart(6)} ms  min ${ts[0].toFixed(1).padStart(6)} ms`);
}
const ranges = splitSentences(text);
const annotated = annotateSentences(text, ranges);
const named = annotated.map((s, i) => namedFeatures(s, { first: i === 0, repeats: false }));
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
time("split", () => splitSentences(text));
const limit = setAnnotationCacheLimit(0);
time("annotate no cache", () => annotateSentences(text, ranges));
time("suggestClaims no cache", () => suggestClaims(text));
setAnnotationCacheLimit(limit);
time("annotate cached", () => annotateSentences(text, ranges));
time("namedFeatures", () => annotated.map((s, i) => namedFeatures(s, { first: i === 0, repeats: false })));
time("featureRow", () => annotated.map((s, i) => featureRow(named[i], s.tokens)));
time("documentFeatures", () => documentFeatures(text, ranges));
time("scoreSentences", () => scoreSentences(text, ranges));
time("suggestClaims cached", () => suggestClaims(text));
