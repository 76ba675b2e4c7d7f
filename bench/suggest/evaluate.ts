// `npm run suggest:eval`: the model against the trivial baselines on the frozen TEST articles
// (test-v3; lib/suggest/README.md, protocol), with per-article bootstrap 95 % intervals.
// `-- --split train` prints the same on the training articles (in-sample, for orientation only).
// Writes bench/results/suggest-eval.json for the test split.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CHECKWORTHY_THRESHOLD, scoreSentences } from "@/lib/suggest";
import { compareWithBaselines, comparisonTable } from "@/lib/suggest/model/evaluation";
import { FROZEN_TEST_SPLIT, type Split } from "@/tests/fixtures/checkworthy/load";
import { loadArticles } from "./data";

const split: Split = process.argv.includes("--split") && process.argv[process.argv.indexOf("--split") + 1] === "train" ? "train" : FROZEN_TEST_SPLIT;
const articles = loadArticles(split);
const rows = compareWithBaselines(articles, (text, ranges) => scoreSentences(text, ranges).map((s) => s.score), CHECKWORTHY_THRESHOLD);
const sentences = articles.reduce((n, a) => n + a.sentences.length, 0);
const positives = articles.reduce((n, a) => n + a.sentences.filter((s) => s.label === 1).length, 0);
console.log(`${split} articles: ${articles.length}, sentences: ${sentences} (${positives} check-worthy); model threshold ${CHECKWORTHY_THRESHOLD}`);
console.log("values with per-article bootstrap 95 % intervals (2,000 resamples)\n");
console.log(comparisonTable(rows));
const model = rows[0];
const bestBaseline = rows.slice(1).reduce((best, r) => (r.f1.value > best.f1.value ? r : best));
console.log(`\nmodel F1 − best baseline F1 (${bestBaseline.name}): ${(model.f1.value - bestBaseline.f1.value).toFixed(3)}`);
if (split === FROZEN_TEST_SPLIT) {
  const out = path.join(process.cwd(), "bench/results/suggest-eval.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ split, articles: articles.length, sentences, positives, threshold: CHECKWORTHY_THRESHOLD, rows }, null, 2)}\n`);
}
