// Out-of-fold errors on the TRAINING articles (for choosing features; never the test split),
// with the trainer's own folds (one per writer once there are enough writers) and L2.
// Run: `npx tsx bench/suggest/cv-errors.ts [threshold]` (default: the committed model's).
import { calibrated, fitPlatt } from "@/lib/suggest/model/calibrate";
import { documentFeatures } from "@/lib/suggest/model/context";
import { examples, foldsOf, outOfFold } from "@/lib/suggest/model/train";
import committed from "@/lib/suggest/model/checkworthy.json";
import { loadArticles } from "./data";

const articles = loadArticles("train").sort((a, b) => a.name.localeCompare(b.name));
const folds = foldsOf(articles);
const data = examples(articles, folds);
const scores = outOfFold(data, committed.training.l2);
const platt = fitPlatt(scores, data.map((e) => e.label));
const t = Number(process.argv[2] ?? committed.threshold);
const features = articles.map((a) => documentFeatures(a.text, a.sentences));
let sentence = 0;
articles.forEach((a, i) => features[i].forEach((f) => {
  const e = data[sentence];
  const p = calibrated(platt, scores[sentence++]);
  if ((p >= t) !== (e.label === 1)) console.log(`${e.label === 1 ? "FN" : "FP"} ${p.toFixed(2)} ${a.writer} ${a.name}: ${f.text.slice(0, 140)} [${[...f.named].join(",")}]`);
}));
