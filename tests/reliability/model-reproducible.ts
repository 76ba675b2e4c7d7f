// `npm run test:reliability` (slow, a few minutes): `npm run suggest:train` must rebuild the
// committed check-worthiness model bit for bit (lib/suggest/README.md, protocol item 7): the
// whole writer-grouped cross-validation, calibration, threshold and final fit, same bytes.
// `npm test` checks the final fit alone (tests/unit/suggest/reproducible.test.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { trainCheckworthyModel } from "@/lib/suggest/model/train";
import { loadArticles } from "@/bench/suggest/data";

const started = performance.now();
const committed = readFileSync(path.join(process.cwd(), "lib/suggest/model/checkworthy.json"), "utf8");
const retrained = `${JSON.stringify(trainCheckworthyModel(loadArticles("train")))}\n`;
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (retrained !== committed) {
  console.error(`FAIL: retraining does not give the committed lib/suggest/model/checkworthy.json (${seconds} s); run \`npm run suggest:train\` and commit, saying why.`);
  process.exit(1);
}
console.log(`ok: the committed check-worthiness model is rebuilt byte for byte (${seconds} s)`);
