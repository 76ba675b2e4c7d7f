// Cross-validation experiments on the TRAINING articles only (never the frozen test split), with
// the trainer's own folds (one per writer once the training articles have three writers, else
// article i mod 7), fitting and out-of-fold scores (lib/suggest/model/train.ts). Prints CV average
// precision, and precision/recall/F1 at the CV-chosen threshold, for each setting of CV_GRID (L2
// strength, default the committed model's; n-gram weight; word-vector weight; named features to
// drop), so such choices are made on training data:
//   CV_GRID='[{"l2":0.0003,"ngramWeight":2},{"vectorWeight":1},{"drop":["tally"]}]' npx tsx bench/suggest/cv-experiments.ts
// Diagnostic only, never used to choose: CV_WRITER_GROUP=<file naming training articles> trains on
// the other training articles and reports the group's figures at the CV threshold, e.g. the 16
// ex-test-v2 articles another writer wrote:
//   CV_WRITER_GROUP=tests/fixtures/checkworthy/retired/test-v2.MANIFEST npx tsx bench/suggest/cv-experiments.ts
// (any `name.txt` or bare name in the file counts; a file that names no training article is refused).
import { readFileSync } from "node:fs";
import { bestThreshold, calibrated, fitPlatt } from "@/lib/suggest/model/calibrate";
import { NAMED_FEATURE_LIST } from "@/lib/suggest/model/feature-catalogue";
import { NGRAM_WEIGHT, VECTOR_OFFSET, VECTOR_WEIGHT, type SparseRow } from "@/lib/suggest/model/features";
import { linearScore } from "@/lib/suggest/model/logistic";
import { averagePrecision, metricsAt } from "@/lib/suggest/model/metrics";
import { examples, fit, outOfFold } from "@/lib/suggest/model/train";
import committed from "@/lib/suggest/model/checkworthy.json";
import { loadArticles } from "./data";

const articles = loadArticles("train").sort((a, b) => a.name.localeCompare(b.name));
const examplesOfAll = examples(articles);
const labels = examplesOfAll.map((e) => e.label);
console.log(`${articles.length} articles, ${examplesOfAll.length} sentences, ${labels.filter((l) => l === 1).length} check-worthy`);

function writerGroup(): Set<string> {
  if (!process.env.CV_WRITER_GROUP) return new Set();
  const listed = readFileSync(process.env.CV_WRITER_GROUP, "utf8").match(/[\w-]+(?=\.txt\b)|^[\w-]+$/gm) ?? [];
  const names = new Set(listed.filter((name) => articles.some((a) => a.name === name)));
  if (names.size === 0) throw new Error(`${process.env.CV_WRITER_GROUP} names no training article.`);
  return names;
}
const group = writerGroup();

/** The same rows with the hashed n-gram values rescaled to another n-gram weight, and the named features in `drop` removed. */
function rescale(row: SparseRow, ngramWeight: number, drop: readonly string[], vectorWeight: number): SparseRow {
  const k = ngramWeight / NGRAM_WEIGHT;
  const kv = vectorWeight / VECTOR_WEIGHT;
  const dropped = new Set(drop.map((name) => {
    const index = (NAMED_FEATURE_LIST as readonly string[]).indexOf(name);
    if (index < 0) throw new Error(`No named feature ${name}.`);
    return index;
  }));
  const indices: number[] = [];
  const values: number[] = [];
  row.indices.forEach((index, j) => {
    if (dropped.has(index)) return;
    indices.push(index);
    values.push(index >= VECTOR_OFFSET ? row.values[j] * kv : index >= NAMED_FEATURE_LIST.length ? row.values[j] * k : row.values[j]);
  });
  return { indices, values };
}

function cv(opts: { l2: number; ngramWeight: number; drop: string[]; vectorWeight: number }) {
  const data = examplesOfAll.map((e) => ({ ...e, row: rescale(e.row, opts.ngramWeight, opts.drop, opts.vectorWeight) }));
  const scores = outOfFold(data, opts.l2);
  const ap = averagePrecision(scores.map((score, i) => ({ score, label: labels[i] })));
  const platt = fitPlatt(scores, labels);
  const probs = scores.map((z, i) => ({ score: calibrated(platt, z), label: labels[i] }));
  const { threshold } = bestThreshold(probs);
  const m = metricsAt(probs, threshold);
  const out: Record<string, unknown> = { ...opts, ap: ap.toFixed(4), threshold, p: m.precision.toFixed(3), r: m.recall.toFixed(3), f1: m.f1.toFixed(4) };
  if (group.size > 0) {
    const inGroup = (e: (typeof data)[number]) => group.has(articles[e.article].name);
    const model = fit(data.filter((e) => !inGroup(e)), opts.l2);
    const held = data.filter(inGroup).map((e) => ({ score: calibrated(platt, linearScore(model, e.row)), label: e.label }));
    const w = metricsAt(held, threshold);
    Object.assign(out, { groupArticles: group.size, groupAp: averagePrecision(held).toFixed(4), groupP: w.precision.toFixed(3), groupR: w.recall.toFixed(3), groupF1: w.f1.toFixed(4) });
  }
  return out;
}

const defaults = { l2: committed.training.l2, ngramWeight: NGRAM_WEIGHT, drop: [] as string[], vectorWeight: VECTOR_WEIGHT };
const grid = JSON.parse(process.env.CV_GRID ?? "[{}]") as Partial<typeof defaults>[];
for (const g of grid) console.log(JSON.stringify(cv({ ...defaults, ...g })));
