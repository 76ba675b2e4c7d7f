/**
 * Check-worthiness bench: time to score a 30,000-word article (built from TRAINING sentences
 * only; the test articles are read by `npm run suggest:eval` alone), the model file's size,
 * and the test evaluation written by that command (bench/results/suggest-eval.json).
 * Run: `npx tsx bench/suggest.bench.ts` (part of `npm run bench`).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { CHECKWORTHY_THRESHOLD, splitSentences, suggestClaims } from "@/lib/suggest";
import { clearAnnotationCache, setAnnotationCacheLimit } from "@/lib/suggest/model/nlp";
import { articleText, loadSplit } from "@/tests/fixtures/checkworthy/load";
import { seededRandom } from "@/lib/suggest/model/random";

const TARGET_WORDS = 30_000;
const RUNS = 9;

/** News-like text: whole training articles, shuffled, repeated until the word count is reached. */
export function generateArticle(targetWords: number, seed = 42): string {
  const pool = loadSplit("train").map(articleText);
  const rand = seededRandom(seed);
  const parts: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const text = pool[Math.floor(rand() * pool.length)];
    words += text.split(/\s+/).filter(Boolean).length;
    parts.push(text);
  }
  return parts.join("\n\n");
}

/** Median-ready samples of `run`: wall and CPU milliseconds (`setup` runs before each, untimed). */
function measure(run: () => number, setup: () => void = () => {}): { wall: number[]; cpu: number[]; result: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  let result = 0;
  for (let i = 0; i < RUNS; i++) {
    setup();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu, result };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

if (process.argv[1]?.endsWith("suggest.bench.ts")) main();

function main(): void {
  const text = generateArticle(TARGET_WORDS);
  const words = text.split(/\s+/).filter(Boolean).length;
  const sentences = splitSentences(text).length;
  suggestClaims(text); // warm-up: loads the tagger's model and compiles the hot paths
  // Cold: every line tagged (no line cache: the bench text repeats whole training articles,
  // which a cache would otherwise serve from memory).
  const limit = setAnnotationCacheLimit(0);
  const cold = measure(() => suggestClaims(text).length);
  setAnnotationCacheLimit(limit);
  // After an edit: one paragraph changed, the rest of the article's lines come from the cache.
  const paragraphs = text.split("\n\n");
  const middle = Math.floor(paragraphs.length / 2);
  let edits = 0;
  const edited = measure(() => {
    const copy = [...paragraphs];
    copy[middle] = `${copy[middle]} Edit ${++edits} added 12 per cent.`;
    return suggestClaims(copy.join("\n\n")).length;
  }, () => { clearAnnotationCache(); suggestClaims(text); });
  const suggestions = cold.result;
  const times = cold.wall;
  const cpu = cold.cpu;
  const modelFile = path.join(process.cwd(), "lib/suggest/model/checkworthy.json");
  const evalFile = path.join(process.cwd(), "bench/results/suggest-eval.json");
  const result = {
    ms: Number(median(times).toFixed(1)),
    cpuMs: Number(median(cpu).toFixed(1)),
    runsMs: times.map((t) => Number(t.toFixed(1))),
    afterOneParagraphEdit: { ms: Number(median(edited.wall).toFixed(1)), cpuMs: Number(median(edited.cpu).toFixed(1)) },
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
    words,
    sentences,
    suggestions,
    threshold: CHECKWORTHY_THRESHOLD,
    modelBytes: statSync(modelFile).size,
    evaluation: existsSync(evalFile) ? JSON.parse(readFileSync(evalFile, "utf8")) : null,
  };
  console.log(JSON.stringify({ ...result, evaluation: result.evaluation ? "(bench/results/suggest-eval.json)" : null }, null, 2));
  const out = path.join(process.cwd(), "bench", "results", "suggest.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}; median ${result.ms} ms wall, ${result.cpuMs} ms CPU cold (target ≤ 300 ms); after a one-paragraph edit ${result.afterOneParagraphEdit.ms} ms wall; load average ${result.loadAverage.join(" ")}`);
}
