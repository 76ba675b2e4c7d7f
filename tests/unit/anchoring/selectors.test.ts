import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAnchor, fromSelectors, toSelectors } from "@/lib/anchoring";

const ARTICLE = "In a briefing on Tuesday, officials said that Russia paid bounties to militants for attacks on US troops.";
const RUSSIA = ARTICLE.indexOf("Russia"); // 46
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("buildAnchor", () => {
  it("stores the quote with 32 characters of context on each side", () => {
    const start = ARTICLE.indexOf("Russia");
    const end = ARTICLE.indexOf(" to militants");
    const anchor = buildAnchor(ARTICLE, start, end);
    expect(anchor).toEqual({
      exact: "Russia paid bounties",
      prefix: ARTICLE.slice(start - 32, start),
      suffix: ARTICLE.slice(end, end + 32),
      start,
      end,
    });
    expect(anchor.prefix).toHaveLength(32);
  });

  it("has an empty prefix at the start and an empty suffix at the end", () => {
    expect(buildAnchor(ARTICLE, 0, 9).prefix).toBe("");
    expect(buildAnchor(ARTICLE, ARTICLE.length - 6, ARTICLE.length).suffix).toBe("");
    expect(buildAnchor("x", 0, 1)).toEqual({ exact: "x", prefix: "", suffix: "", start: 0, end: 1 });
  });

  it("accepts another context length", () => {
    const anchor = buildAnchor(ARTICLE, RUSSIA, RUSSIA + 6, 5);
    expect(anchor.prefix).toBe("that ");
    expect(anchor.suffix).toBe(" paid");
  });

  it("never cuts an emoji in half at the edge of the context", () => {
    // "\u{1F600}" is two code units; a 3-unit prefix would start in its middle.
    const text = "a\u{1F600}bcQUOTEde\u{1F600}f";
    const start = text.indexOf("QUOTE");
    const anchor = buildAnchor(text, start, start + 5, 3);
    expect(anchor.prefix).toBe("bc");
    expect(anchor.suffix).toBe("de");
    expect(buildAnchor(text, start, start + 5, 4).prefix).toBe("\u{1F600}bc");
  });

  it("rejects empty, reversed, out-of-range and fractional ranges with a clear message", () => {
    expect(() => buildAnchor(ARTICLE, 5, 5)).toThrow(/need 0 <= start < end <= length/);
    expect(() => buildAnchor(ARTICLE, 6, 5)).toThrow(RangeError);
    expect(() => buildAnchor(ARTICLE, -1, 5)).toThrow(RangeError);
    expect(() => buildAnchor(ARTICLE, 0, ARTICLE.length + 1)).toThrow(`invalid for a text of length ${ARTICLE.length}`);
    expect(() => buildAnchor(ARTICLE, 0.5, 3)).toThrow(/must be integers/);
    expect(() => buildAnchor(ARTICLE, 0, 3, -1)).toThrow(/Context length/);
  });

  it("always yields a quote equal to the range and context from around it (property)", () => {
    const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat(40), (s, a, b, ctx) => {
        const start = a % s.length;
        const end = start + 1 + (b % (s.length - start));
        const anchor = buildAnchor(s, start, end, ctx);
        expect(anchor.exact).toBe(s.slice(start, end));
        expect(s.slice(0, start).endsWith(anchor.prefix)).toBe(true);
        expect(s.slice(end).startsWith(anchor.suffix)).toBe(true);
        expect(anchor.prefix.length).toBeLessThanOrEqual(ctx);
        expect(anchor.prefix.length).toBeGreaterThanOrEqual(Math.min(ctx, start) - 1);
        expect(anchor.suffix.length).toBeGreaterThanOrEqual(Math.min(ctx, s.length - end) - 1);
        // Graphemes never split surrogate pairs at our boundaries if the range does not.
        if (!LONE_SURROGATE.test(anchor.exact)) {
          expect(LONE_SURROGATE.test(anchor.prefix) || LONE_SURROGATE.test(anchor.suffix)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("W3C selectors", () => {
  const anchor = buildAnchor(ARTICLE, RUSSIA, RUSSIA + 20);

  it("splits an anchor into a TextQuoteSelector and a TextPositionSelector", () => {
    expect(toSelectors(anchor)).toEqual([
      { type: "TextQuoteSelector", exact: "Russia paid bounties", prefix: anchor.prefix, suffix: anchor.suffix },
      { type: "TextPositionSelector", start: RUSSIA, end: RUSSIA + 20 },
    ]);
  });

  it("reads selectors back into an anchor", () => {
    expect(fromSelectors(toSelectors(anchor))).toEqual(anchor);
  });

  it("reads a quote without a position, and nothing without a quote", () => {
    const [quote, position] = toSelectors(anchor);
    expect(fromSelectors([quote])).toEqual({ exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix });
    expect(fromSelectors([position])).toBeNull();
  });
});
