// Cross-validation experiments on the TRAINING articles only (never the frozen test split):
// 7-fold, grouped by article (article i, sorted by name, goes to fold i mod 7), as the trainer.
// Prints CV average precision, and precision/recall/F1 at the CV-chosen threshold, for each
// setting of CV_GRID (L2 strength, n-gram weight), so such choices are made on training data:
//   CV_GRID='[{"l2":0.0003,"ngramWeight":2},{"l2":0.0001,"ngramWeight":1}]' npx tsx bench/suggest/cv-experiments.ts
// Diagnostic only, never used to choose: CV_WRITER_GROUP=<file of article names, one per line>
// trains on the other training articles and reports the group's figures at the CV threshold (e.g.
// the 16 ex-test-v2 articles, listed in tests/fixtures/checkworthy/retired/test-v2.MANIFEST,
// which another writer wrote).
import { readFileSync } from "node:fs";
import { bestThreshold, calibrated, fitPlatt } from "@/lib/suggest/model/calibrate";
import { documentFeatures } from "@/lib/suggest/model/context";
import { NAMED_FEATURE_LIST } from "@/lib/suggest/model/feature-catalogue";
import { FEATURE_COUNT, NGRAM_WEIGHT, type SparseRow } from "@/lib/suggest/model/features";
import { linearScore, trainLogistic } from "@/lib/suggest/model/logistic";
import { averagePrecision, metricsAt } from "@/lib/suggest/model/metrics";
import { FOLDS, ITERATIONS } from "@/lib/suggest/model/train";
import { loadArticles } from "./data";

const articles = loadArticles("train").sort((a, b) => a.name.localeCompare(b.name));
const writerGroup = new Set(process.env.CV_WRITER_GROUP ? readFileSync(process.env.CV_WRITER_GROUP, "utf8").split("\n").map((l) => l.trim()).filter(Boolean) : []);
const base = NAMED_FEATURE_LIST.length;
const data = articles.flatMap((a, i) => documentFeatures(a.text, a.sentences).map((f, j) => ({ article: i, row: f.row, label: a.sentences[j].label })));
const labels = data.map((e) => e.label);
console.log(`${articles.length} articles, ${data.length} sentences, ${labels.filter((l) => l === 1).length} check-worthy`);

/** The same rows with the hashed n-gram values rescaled to another n-gram weight. */
function rescale(row: SparseRow, ngramWeight: number): SparseRow {
  const k = ngramWeight / NGRAM_WEIGHT;
  return { indices: row.indices, values: row.values.map((v, j) => (row.indices[j] >= base ? v * k : v)) };
}

function fitOn(indices: readonly number[], rows: readonly SparseRow[], l2: number) {
  return trainLogistic(indices.map((i) => rows[i]), indices.map((i) => labels[i]), FEATURE_COUNT, { l2, iterations: ITERATIONS });
}

function cv(opts: { l2: number; ngramWeight: number }) {
  const rows = data.map((e) => rescale(e.row, opts.ngramWeight));
  const scores = new Array<number>(data.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fitOn(data.map((_, i) => i).filter((i) => data[i].article % FOLDS !== fold), rows, opts.l2);
    data.forEach((e, i) => { if (e.article % FOLDS === fold) scores[i] = linearScore(model, rows[i]); });
  }
  const ap = averagePrecision(scores.map((score, i) => ({ score, label: labels[i] })));
  const platt = fitPlatt(scores, labels);
  const probs = scores.map((z, i) => ({ score: calibrated(platt, z), label: labels[i] }));
  const { threshold } = bestThreshold(probs);
  const m = metricsAt(probs, threshold);
  const out: Record<string, unknown> = { ...opts, ap: ap.toFixed(4), threshold, p: m.precision.toFixed(3), r: m.recall.toFixed(3), f1: m.f1.toFixed(4) };
  if (writerGroup.size > 0) {
    const inGroup = data.map((_, i) => writerGroup.has(articles[data[i].article].name));
    const model = fitOn(data.map((_, i) => i).filter((i) => !inGroup[i]), rows, opts.l2);
    const held = data.map((_, i) => i).filter((i) => inGroup[i]).map((i) => ({ score: calibrated(platt, linearScore(model, rows[i])), label: labels[i] }));
    const w = metricsAt(held, threshold);
    Object.assign(out, { groupAp: averagePrecision(held).toFixed(4), groupP: w.precision.toFixed(3), groupR: w.recall.toFixed(3), groupF1: w.f1.toFixed(4) });
  }
  return out;
}

const grid = JSON.parse(process.env.CV_GRID ?? '[{"l2":0.0003,"ngramWeight":2}]') as Partial<{ l2: number; ngramWeight: number }>[];
for (const g of grid) console.log(JSON.stringify(cv({ l2: 0.0003, ngramWeight: NGRAM_WEIGHT, ...g })));
