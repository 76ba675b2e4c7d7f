// Out-of-fold errors on the TRAINING articles (for choosing features; never the test split).
// Run: `npx tsx bench/suggest/cv-errors.ts`
import { calibrated, fitPlatt } from "@/lib/suggest/model/calibrate";
import { documentFeatures } from "@/lib/suggest/model/context";
import { FEATURE_COUNT } from "@/lib/suggest/model/features";
import { linearScore, trainLogistic } from "@/lib/suggest/model/logistic";
import { FOLDS, ITERATIONS } from "@/lib/suggest/model/train";
import { loadArticles } from "./data";

const articles = loadArticles("train").sort((a, b) => a.name.localeCompare(b.name));
const data = articles.flatMap((a, i) => documentFeatures(a.text, a.sentences).map((f, j) => ({ article: i, name: a.name, f, label: a.sentences[j].label })));
const scores = new Array<number>(data.length).fill(0);
for (let fold = 0; fold < FOLDS; fold++) {
  const train = data.filter((e) => e.article % FOLDS !== fold);
  const model = trainLogistic(train.map((e) => e.f.row), train.map((e) => e.label), FEATURE_COUNT, { l2: 0.001, iterations: ITERATIONS });
  data.forEach((e, i) => { if (e.article % FOLDS === fold) scores[i] = linearScore(model, e.f.row); });
}
const platt = fitPlatt(scores, data.map((e) => e.label));
const t = Number(process.argv[2] ?? 0.56);
for (const [i, e] of data.entries()) {
  const p = calibrated(platt, scores[i]);
  if ((p >= t) !== (e.label === 1)) console.log(`${e.label === 1 ? "FN" : "FP"} ${p.toFixed(2)} ${e.name}: ${e.f.text.slice(0, 140)} [${[...e.f.named].join(",")}]`);
}
