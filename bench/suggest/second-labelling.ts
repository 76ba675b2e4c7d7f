// Second labelling for the agreement check (lib/suggest/README.md, "Second labelling").
//   --print   prints the chosen training articles' sentences, shuffled, without labels
//   (default) reads tests/fixtures/checkworthy/second-labelling/labels.txt ("<id> <0|1>" lines)
//             and prints Cohen's kappa against the first labels.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CHECKWORTHY_DIR, loadSplit } from "@/tests/fixtures/checkworthy/load";
import { cohensKappa } from "@/lib/suggest/model/metrics";
import { seededShuffle } from "@/lib/suggest/model/random";

export const SECOND_LABELLING_ARTICLES = [
  "climate-interview-glaciologist", "economy-jobs-report", "health-waiting-lists",
  "politics-oped-voting-age", "sport-liveblog-derby", "technology-interview-ai-chips",
];

function sentences() {
  const articles = loadSplit("train").filter((a) => SECOND_LABELLING_ARTICLES.includes(a.name));
  const rows = articles.flatMap((a) => a.sentences.map((s, i) => ({ id: `${a.name}#${i}`, text: s.text, label: s.label })));
  return seededShuffle(rows, 20261202);
}

const rows = sentences();
if (process.argv.includes("--print")) {
  rows.forEach((r, i) => console.log(`${i}\t${r.text}`));
} else {
  const file = path.join(CHECKWORTHY_DIR, "second-labelling/labels.txt");
  const second = new Map(readFileSync(file, "utf8").trim().split("\n").map((l) => {
    const [i, label] = l.split(/\s+/);
    return [Number(i), Number(label)] as const;
  }));
  const pairs = rows.map((r, i) => {
    const b = second.get(i);
    if (b !== 0 && b !== 1) throw new Error(`no second label for sentence ${i}`);
    return [r.label, b] as [number, number];
  });
  const agree = pairs.filter(([a, b]) => a === b).length;
  console.log(`articles: ${SECOND_LABELLING_ARTICLES.length}, sentences: ${pairs.length}`);
  console.log(`raw agreement: ${(agree / pairs.length).toFixed(3)}, Cohen's kappa: ${cohensKappa(pairs).toFixed(3)}`);
}
