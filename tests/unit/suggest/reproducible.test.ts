// `npm run suggest:train` must rebuild the committed model bit for bit (lib/suggest/README.md,
// protocol item 6): same training articles, same code, same bytes. Slow (it runs the whole
// cross-validation), so it has its own generous timeout.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { trainCheckworthyModel } from "@/lib/suggest/model/train";
import { loadArticles } from "@/bench/suggest/data";

describe("the committed check-worthiness model", () => {
  it("is what training on the training articles writes, byte for byte", () => {
    const committed = readFileSync(path.join(process.cwd(), "lib/suggest/model/checkworthy.json"), "utf8");
    const retrained = `${JSON.stringify(trainCheckworthyModel(loadArticles("train")))}\n`;
    expect(retrained === committed).toBe(true);
  }, 600_000);
});
