import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKWORTHY_THRESHOLD, claimKey, scoreSentence, suggestClaims } from "@/lib/suggest";
import model from "@/lib/suggest/model/checkworthy.json";
import { CHECKWORTHY_DIR, FROZEN_TEST_SPLIT, loadSplit } from "@/tests/fixtures/checkworthy/load";

const article = readFileSync(path.join(process.cwd(), "prisma/seed/article.txt"), "utf8");

describe("suggestClaims", () => {
  it("returns in-order, above-threshold sentences with offsets into the text", () => {
    const out = suggestClaims(article);
    expect(out.length).toBeGreaterThan(10);
    for (let i = 0; i < out.length; i++) {
      const s = out[i];
      expect(article.slice(s.start, s.end)).toBe(s.text);
      expect(s.score).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
      expect(s.reasons.length).toBeGreaterThan(0);
      expect(s.key).toBe(claimKey(s.text));
      if (i > 0) expect(s.start).toBeGreaterThan(out[i - 1].end - 1);
    }
    expect(out.some((s) => s.text === "No comments")).toBe(false);
    for (const s of out) expect(s.score).toBeLessThanOrEqual(1);
  });

  it("is deterministic", () => {
    expect(suggestClaims(article)).toEqual(suggestClaims(article));
  });

  it("respects the threshold option", () => {
    const all = suggestClaims(article, { threshold: 0 });
    const none = suggestClaims(article, { threshold: 1.01 });
    expect(none).toEqual([]);
    expect(all.length).toBeGreaterThan(suggestClaims(article).length);
  });

  it("drops dismissed keys (array or Set) even after the text around them changes", () => {
    const [first, second] = suggestClaims(article);
    const withArray = suggestClaims(article, { dismissed: [first.key] });
    expect(withArray.some((s) => s.key === first.key)).toBe(false);
    expect(withArray.some((s) => s.key === second.key)).toBe(true);

    const edited = `Editor's note: updated.\n\n${article}`;
    const afterEdit = suggestClaims(edited, { dismissed: new Set([first.key]) });
    expect(afterEdit.some((s) => s.key === first.key)).toBe(false);
    const moved = afterEdit.find((s) => s.key === second.key);
    expect(moved?.start).toBeGreaterThan(second.start);
  });

  it("keys ignore case, spacing and quote style but not wording", () => {
    const k = claimKey("Biden told ABC News that Moscow will 'pay a price'.");
    expect(claimKey("  biden told ABC  news that Moscow will ‘pay a price’ ")).toBe(k);
    expect(claimKey("Biden told CBS News that Moscow will 'pay a price'.")).not.toBe(k);
    expect(k).toMatch(/^cw-[0-9a-f]{14}$/);
  });

  it("scores a line that repeats earlier text (a caption) below the original", () => {
    const body = "Millbrook City Council voted 9-4 on Tuesday to approve a $212 million budget that raises property taxes by 4.9%.";
    const caption = "Millbrook City Council voted 9-4 on Tuesday to approve a $212 million budget";
    const all = suggestClaims(`Council approves budget\n${body}\n${caption}`, { threshold: 0 });
    expect(all[2].score).toBeLessThan(all[1].score);
  });

  it("does not suggest page furniture, questions or opinion", () => {
    const text = "Listen to this story\nAdvertisement\nWhat happens next?\nI think this is a terrible idea.\nShare this article";
    expect(suggestClaims(text)).toEqual([]);
  });

  it("suggests an event with no digit and no capitalised name", () => {
    const [s] = suggestClaims("The drug was approved by regulators without a clinical trial.");
    expect(s?.score).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
  });

  it("gives reasons from the model in newsroom words, and only for what pushed the score up", () => {
    const [stat] = suggestClaims("Unemployment rose to 5.2 percent in May, the statistics office said.");
    expect(stat.reasons).toContain("states a percentage");
    expect(stat.reasons.length).toBeLessThanOrEqual(3);
    const count = scoreSentence("The two nations signed a treaty.");
    expect(count.reasons.join(" ")).not.toMatch(/quantity|percentage|statistic/);
  });

  it("uses a model trained on the training articles only", () => {
    expect(model.training.articles).toEqual(loadSplit("train").map((a) => a.name));
    // File names only: this test does not read the frozen test articles' text.
    const testNames = new Set(readdirSync(path.join(CHECKWORTHY_DIR, FROZEN_TEST_SPLIT)).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, "")));
    expect(model.training.articles.filter((n) => testNames.has(n))).toEqual([]);
  });

  it("handles empty input", () => {
    expect(suggestClaims("")).toEqual([]);
  });
});
