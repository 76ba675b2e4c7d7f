import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKWORTHY_THRESHOLD, claimKey, suggestClaims } from "@/lib/suggest";

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

  it("suppresses captions that repeat body text, and treats the first line as a headline", () => {
    const text = [
      "Council approves 4.9% tax rise after heated meeting",
      "Millbrook City Council voted 9-4 on Tuesday to approve a $212 million budget that raises property taxes by 4.9%.",
      "Millbrook City Council voted 9-4 on Tuesday to approve a $212 million budget",
    ].join("\n");
    const out = suggestClaims(text);
    expect(out.map((s) => s.text)).toEqual([
      "Council approves 4.9% tax rise after heated meeting",
      "Millbrook City Council voted 9-4 on Tuesday to approve a $212 million budget that raises property taxes by 4.9%.",
    ]);
    const all = suggestClaims(text, { threshold: 0 });
    expect(all[2].reasons).toContain("repeats earlier text");
  });

  it("handles empty input", () => {
    expect(suggestClaims("")).toEqual([]);
  });
});
