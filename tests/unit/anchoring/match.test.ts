import { describe, expect, it } from "vitest";
import { buildAnchor, isPlaced, resolveAnchor, type AnchorResult } from "@/lib/anchoring";
import { prng } from "./helpers";

const ARTICLE = [
  "Officials said on Tuesday that Russia paid bounties to militants for attacks on US troops.",
  "The White House said the report was \u201Cnot verified\u201D and declined to comment further.",
  "The report was published by three newspapers. The report was later disputed.",
].join("\n");

function anchorOf(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture error: "${quote}" not in text`);
  return buildAnchor(text, start, start + quote.length);
}

function placedText(text: string, result: AnchorResult): string {
  if (!isPlaced(result)) throw new Error(`expected a placement, got orphan: ${result.reason}`);
  return text.slice(result.start, result.end);
}

describe("resolveAnchor: position", () => {
  it("uses the stored position when the text there is unchanged", () => {
    const anchor = anchorOf(ARTICLE, "Russia paid bounties");
    expect(resolveAnchor(ARTICLE, anchor)).toEqual({ status: "position", start: anchor.start, end: anchor.end, score: 1 });
  });

  it("places quotes at the very start and the very end of the text", () => {
    const first = anchorOf(ARTICLE, "Officials");
    const last = anchorOf(ARTICLE, "later disputed.");
    expect(resolveAnchor(ARTICLE, first)).toMatchObject({ status: "position", start: 0 });
    expect(resolveAnchor(ARTICLE, last)).toMatchObject({ status: "position", end: ARTICLE.length });
  });

  it("places a quote that spans paragraphs", () => {
    const anchor = anchorOf(ARTICLE, "US troops.\nThe White House");
    expect(resolveAnchor(ARTICLE, anchor).status).toBe("position");
    const moved = "Breaking. " + ARTICLE;
    expect(placedText(moved, resolveAnchor(moved, anchor))).toBe("US troops.\nThe White House");
  });

  it("ignores a stored position outside the text", () => {
    const result = resolveAnchor(ARTICLE, { exact: "Russia", start: 5000, end: 5006 });
    expect(result).toMatchObject({ status: "quote", start: ARTICLE.indexOf("Russia") });
  });
});

describe("resolveAnchor: exact quote", () => {
  it("finds a quote that moved when text was inserted before it", () => {
    const anchor = anchorOf(ARTICLE, "declined to comment");
    const edited = ARTICLE.replace("The White House", "A spokesperson for the White House");
    const result = resolveAnchor(edited, anchor);
    expect(result.status).toBe("quote");
    expect(placedText(edited, result)).toBe("declined to comment");
  });

  it("picks the occurrence nearest the old position when the context is the same", () => {
    const text = "x said: no. y said: no. z said: no.";
    const result = resolveAnchor(text, { exact: "said: no", start: 14, end: 22 });
    expect(result).toMatchObject({ status: "position", start: 14 });
    const shifted = "!" + text;
    expect(resolveAnchor(shifted, { exact: "said: no", start: 14, end: 22 })).toMatchObject({ status: "quote", start: 15 });
  });

  it("lets prefix and suffix choose between repeated quotes, even against distance", () => {
    // The claim is the second "The report was", but its old position points at the first.
    const anchor = anchorOf(ARTICLE, "The report was", 1);
    const first = ARTICLE.indexOf("The report was");
    const result = resolveAnchor(ARTICLE, { ...anchor, start: first + 1, end: first + 15 });
    expect(result).toMatchObject({ status: "quote", start: anchor.start });
  });

  it("finds a quote with no stored position at all", () => {
    expect(resolveAnchor(ARTICLE, { exact: "three newspapers" })).toMatchObject({
      status: "quote",
      start: ARTICLE.indexOf("three newspapers"),
    });
  });

  it("counts emoji as two code units in offsets", () => {
    const text = "\u{1F600} the claim \u{1F600} the claim"; // second "the" at 16: each emoji is 2 units
    expect(resolveAnchor(text, { exact: "the claim", start: 16, end: 25 })).toMatchObject({ status: "position" });
    const shifted = resolveAnchor("\u{1F600}" + text, { exact: "the claim", start: 16, end: 25 });
    expect(shifted).toMatchObject({ status: "quote", start: 18, end: 27 });
  });
});

describe("resolveAnchor: normalised and fuzzy quote", () => {
  it("matches straight quotes against curly ones", () => {
    const result = resolveAnchor(ARTICLE, { exact: 'the report was "not verified"' });
    expect(result.status).toBe("fuzzy");
    expect(placedText(ARTICLE, result)).toBe("the report was \u201Cnot verified\u201D");
  });

  it("matches across re-wrapped lines and doubled or non-breaking spaces", () => {
    const rewrapped = ARTICLE.replace("attacks on US", "attacks\non\u00A0 US");
    const result = resolveAnchor(rewrapped, anchorOf(ARTICLE, "for attacks on US troops"));
    expect(result.status).toBe("fuzzy");
    expect(placedText(rewrapped, result)).toBe("for attacks\non\u00A0 US troops");
  });

  it("follows a quote whose text was slightly corrected", () => {
    const anchor = anchorOf(ARTICLE, "Russia paid bounties to militants");
    const edited = ARTICLE.replace("paid bounties", "paid bountys");
    const result = resolveAnchor(edited, anchor);
    expect(result.status).toBe("fuzzy");
    expect(placedText(edited, result)).toBe("Russia paid bountys to militants");
    expect(result.status === "fuzzy" && result.score).toBeLessThan(1);
    expect(result.status === "fuzzy" && result.score).toBeGreaterThan(0.9);
  });

  it("orphans a quote that changed by more than a quarter", () => {
    const anchor = anchorOf(ARTICLE, "declined to comment further");
    const edited = ARTICLE.replace("declined to comment further", "refused any remark further");
    const result = resolveAnchor(edited, anchor);
    expect(result.status).toBe("orphan");
    expect(result.status === "orphan" && result.reason).toMatch(/no longer appears/);
  });

  it("never fuzzy-matches very short quotes", () => {
    expect(resolveAnchor("the cat sat", { exact: "dog", start: 4, end: 7 }).status).toBe("orphan");
  });

  it("orphans a deleted quote and an empty one", () => {
    const anchor = anchorOf(ARTICLE, "published by three newspapers");
    const edited = ARTICLE.replace(" was published by three newspapers.", "");
    expect(resolveAnchor(edited, anchor).status).toBe("orphan");
    expect(resolveAnchor(ARTICLE, { exact: "" })).toMatchObject({ status: "orphan" });
  });

  it("does only position and exact quote when fuzzy matching is off", () => {
    const edited = ARTICLE.replace("paid bounties", "paid bountys");
    const anchor = anchorOf(ARTICLE, "Russia paid bounties to militants");
    expect(resolveAnchor(edited, anchor, { fuzzy: false }).status).toBe("orphan");
    expect(resolveAnchor(ARTICLE, { exact: 'the report was "not verified"' }, { fuzzy: false }).status).toBe("orphan");
    expect(resolveAnchor(edited, { exact: "Russia paid" }, { fuzzy: false }).status).toBe("quote");
  });

  it("prefers a candidate whose context matches when fuzzy matches tie", () => {
    const text = "alpha: the vote was close. beta: the vote was close.";
    const anchor = { exact: "the vote wes close", prefix: "beta: ", suffix: ".", start: 0, end: 18 };
    expect(resolveAnchor(text, anchor)).toMatchObject({ status: "fuzzy", start: text.lastIndexOf("the vote") });
  });
});

describe("resolveAnchor on a long article", () => {
  const rnd = prng(42);
  const words = Array.from({ length: 30_000 }, () => Math.floor(rnd() * 36 ** 5).toString(36));
  const text = words.join(" ");

  it("finds an edited quote near its old place quickly", () => {
    const start = text.indexOf(words[20_000]);
    const anchor = buildAnchor(text, start, start + 300);
    // Insert text far before and edit inside the quote.
    const edited = "NEW PARAGRAPH ".repeat(40) + text.slice(0, start + 50) + "EDIT" + text.slice(start + 60);
    const t0 = performance.now();
    const result = resolveAnchor(edited, anchor);
    const elapsed = performance.now() - t0;
    expect(result.status).toBe("fuzzy");
    expect(isPlaced(result) && result.start).toBe(start + 560);
    // ~50 ms including normalising the whole text once; loose bound for busy CI machines.
    expect(elapsed).toBeLessThan(250);
  });

  it("still finds a quote that moved far away, searching wider", () => {
    const start = text.indexOf(words[100]);
    const anchor = buildAnchor(text, start, start + 200);
    const edited = text.slice(start + 200, start + 50_000) + text.slice(0, start + 90) + "X" + text.slice(start + 91, start + 200) + text.slice(start + 50_000);
    const result = resolveAnchor(edited, anchor);
    expect(result.status).toBe("fuzzy");
    expect(isPlaced(result) && edited.slice(result.start, result.end)).toBe(anchor.exact.slice(0, 90) + "X" + anchor.exact.slice(91));
  });

  it("searches a long quote in a long text in reasonable time", () => {
    const start = text.indexOf(words[15_000]);
    const anchor = buildAnchor(text, start, start + 3000);
    const edited = text.slice(0, start + 1000) + text.slice(start + 1100);
    const t0 = performance.now();
    const result = resolveAnchor(edited, anchor);
    expect(result.status).toBe("fuzzy");
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
