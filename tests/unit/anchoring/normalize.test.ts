import { describe, expect, it } from "vitest";
import { normalizeQuote, normalizeText } from "@/lib/anchoring";

describe("normalizeText", () => {
  it("maps typographic quotes and dashes to ASCII", () => {
    expect(normalizeQuote("\u201CIt\u2019s \u2018fine\u2019\u201D \u2014 she said \u2013 really")).toBe(
      "\"It's 'fine'\" - she said - really",
    );
  });

  it("collapses whitespace runs, newlines and non-breaking spaces into one space", () => {
    expect(normalizeQuote("a \n\t b\u00A0\u00A0c\u2009d")).toBe("a b c d");
  });

  it("drops invisible characters and expands the ellipsis", () => {
    expect(normalizeQuote("zero\u200Bwidth soft\u00ADhyphen wait\u2026")).toBe("zerowidth softhyphen wait...");
  });

  it("keeps case and other characters, emoji included", () => {
    expect(normalizeQuote("Bounty \u{1F600} caf\u00E9")).toBe("Bounty \u{1F600} caf\u00E9");
  });

  it("maps every normalised range back to the source text it came from", () => {
    const source = "He said:\n\u201Cno\u2026\u201D  ok";
    const norm = normalizeText(source);
    expect(norm.text).toBe('He said: "no..." ok');
    const at = norm.text.indexOf('"no..."');
    const start = norm.sourceStart[at];
    const end = norm.sourceEnd[at + '"no..."'.length - 1];
    expect(source.slice(start, end)).toBe("\u201Cno\u2026\u201D");
    // A collapsed run maps back to the whole run.
    const space = norm.text.indexOf(" ok");
    expect(source.slice(norm.sourceStart[space], norm.sourceEnd[space])).toBe("  ");
  });

  it("normalises an article-sized text quickly", () => {
    const text = "\u201CQuoted\u201D words \u2014 and  more.\n".repeat(6000); // ~180,000 characters
    const t0 = performance.now();
    expect(normalizeText(text).text.length).toBeLessThan(text.length);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
