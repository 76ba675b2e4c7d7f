// `npm run suggest:train`: fit the check-worthiness model on the training articles only and
// write lib/suggest/model/checkworthy.json (deterministic: the same data gives the same bytes).
// `-- --dry-run` prints the cross-validation figures without writing (for trying features).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { trainCheckworthyModel } from "@/lib/suggest/model/train";
import { loadArticles } from "./data";

const started = performance.now();
const model = trainCheckworthyModel(loadArticles("train"));
const file = path.join(process.cwd(), "lib/suggest/model/checkworthy.json");
const dryRun = process.argv.includes("--dry-run");
if (!dryRun) writeFileSync(file, `${JSON.stringify(model)}\n`);
const { training } = model;
console.log(`trained on ${training.articles.length} articles, ${training.sentences} sentences (${training.positives} check-worthy)`);
console.log(`L2 by ${training.folds}-fold ${training.foldsBy}-grouped CV: ${training.l2}`, training.crossValidation.averagePrecisionByL2);
console.log(`calibration a=${model.calibration.a} b=${model.calibration.b}; threshold ${model.threshold}; CV at threshold`, training.crossValidation.atThreshold);
console.table(training.crossValidation.byFold);
console.log(`${dryRun ? "dry run, not written" : `wrote ${file}`} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
