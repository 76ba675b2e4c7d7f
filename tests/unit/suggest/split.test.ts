import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/suggest";
import { ALL_ARTICLES } from "@/tests/fixtures/checkworthy";

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("keeps abbreviations, titles and initials inside sentences", () => {
    expect(texts("Mr. and Mrs. Hughes met Dr. J. R. Jones. Prof. Lee agreed.")).toEqual([
      "Mr. and Mrs. Hughes met Dr. J. R. Jones.",
      "Prof. Lee agreed.",
    ]);
    expect(texts("The U.S. President spoke at 9 a.m. on Monday. He left.")).toEqual([
      "The U.S. President spoke at 9 a.m. on Monday.",
      "He left.",
    ]);
    expect(texts("No. 10 said it was aware. It declined to comment.")).toHaveLength(2);
  });

  it("splits after an abbreviation when a normal sentence opener follows", () => {
    expect(texts("Sanctions were imposed by the U.S. The Kremlin denied it.")).toEqual([
      "Sanctions were imposed by the U.S.",
      "The Kremlin denied it.",
    ]);
    expect(texts("He joined Acme Inc. The firm grew.")).toEqual(["He joined Acme Inc.", "The firm grew."]);
  });

  it("does not split inside numbers, URLs or hyphenated abbreviations", () => {
    expect(texts("Inflation was 3.1% in the U.S.-led bloc, see example.com for more.")).toHaveLength(1);
  });

  it("handles straight and curly quotes", () => {
    expect(texts("'We note with regret,' the ministry said. 'Another chance was missed.' It ended.")).toEqual([
      "'We note with regret,' the ministry said.",
      "'Another chance was missed.'",
      "It ended.",
    ]);
    expect(texts("“Prices rose.” She said so. ‘It hurts.’ He agreed.")).toEqual([
      "“Prices rose.”", "She said so.", "‘It hurts.’", "He agreed.",
    ]);
    expect(texts("\"Why now?\" Biden asked. \"Because!\" she said.")).toEqual([
      "\"Why now?\" Biden asked.", "\"Because!\" she said.",
    ]);
  });

  it("always ends a sentence at a newline and skips blank lines", () => {
    expect(texts("Headline without a full stop\n\nFirst sentence. Second one\nNo comments")).toEqual([
      "Headline without a full stop", "First sentence.", "Second one", "No comments",
    ]);
    expect(splitSentences("   \n\n  ")).toEqual([]);
  });

  it("returns trimmed ranges whose offsets slice back to the sentence text", () => {
    const text = "  Lead para here.  Next one!\r\n\n\t'Quoted,' he said.   \nTail ";
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(["Lead para here.", "Next one!", "'Quoted,' he said.", "Tail"]);
    for (const s of out) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  });

  it("splits the seed article exactly as the hand-labelled fixture", () => {
    const article = readFileSync(path.join(process.cwd(), "prisma/seed/article.txt"), "utf8");
    const fixture = ALL_ARTICLES.find((a) => a.name === "putin-online-talks");
    expect(texts(article)).toEqual(fixture?.sentences.map((s) => s.text));
  });

  it("round-trips every fixture sentence as a single sentence", () => {
    for (const article of ALL_ARTICLES) {
      for (const s of article.sentences) expect(texts(s.text)).toEqual([s.text]);
    }
  });
});
