import { describe, expect, it } from "vitest";
import { CHECKWORTHY_THRESHOLD, scoreSentences } from "@/lib/suggest";
import { compareWithBaselines } from "@/lib/suggest/model/evaluation";
import { loadArticles } from "@/bench/suggest/data";
import { FROZEN_TEST_SPLIT } from "@/tests/fixtures/checkworthy/load";

// The "done when": the model must stay at least 0.05 F1 above the best trivial
// baseline on the frozen test articles (test-v4). This reads the test split; it never tunes anything.
describe("check-worthiness model on the frozen test articles (test-v4)", () => {
  it("beats the best trivial baseline's F1 by at least 0.05", () => {
    const rows = compareWithBaselines(loadArticles(FROZEN_TEST_SPLIT), (text, ranges) => scoreSentences(text, ranges).map((s) => s.score), CHECKWORTHY_THRESHOLD);
    const [model, ...baselines] = rows;
    expect(baselines.map((b) => b.name)).toEqual(["contains a digit", "digit or 12+ words", "always yes"]);
    const best = Math.max(...baselines.map((b) => b.f1.value));
    expect(model.f1.value).toBeGreaterThanOrEqual(best + 0.05);
  }, 60_000);
});
