import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/suggest";
import { articleText, loadSplit } from "@/tests/fixtures/checkworthy/load";

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

  it("splits the seed article exactly as the hand-labelled training article", () => {
    const article = readFileSync(path.join(process.cwd(), "prisma/seed/article.txt"), "utf8");
    const labelled = loadSplit("train").find((a) => a.name === "old-foreign-affairs-putin-online-talks");
    expect(texts(article)).toEqual(labelled?.sentences.map((s) => s.text));
  });

  it("never merges a line without final punctuation into the next sentence", () => {
    expect(texts("Listen to this story\nThe council voted 9-4 on Tuesday.")).toEqual(["Listen to this story", "The council voted 9-4 on Tuesday."]);
    expect(texts("Advertisement\n\nPhoto: Fans arrive before kick-off\nBy Jane Doe, Political Editor\nPrices rose 3.5% in May.")).toEqual([
      "Advertisement", "Photo: Fans arrive before kick-off", "By Jane Doe, Political Editor", "Prices rose 3.5% in May.",
    ]);
  });

  it("keeps decimals, currency and times inside one sentence", () => {
    expect(texts("Shares fell 2.75% to $14.20 at 9.30 a.m. The index rose 0.8 points.")).toEqual([
      "Shares fell 2.75% to $14.20 at 9.30 a.m.", "The index rose 0.8 points.",
    ]);
  });

  it("tells a quote's attribution from a reported clause that follows it, and splits before a copyright line", () => {
    expect(texts("\"Why now?\" Biden asked. He left.")).toEqual(["\"Why now?\" Biden asked.", "He left."]);
    expect(texts("\"Why now?\" the mayor said, visibly angry.")).toEqual(["\"Why now?\" the mayor said, visibly angry."]);
    expect(texts("\"What next?\" Driver Al Tan said Highways had known for years.")).toEqual([
      "\"What next?\"", "Driver Al Tan said Highways had known for years.",
    ]);
    expect(texts("\"Why?\" she said softly.")).toEqual(["\"Why?\" she said softly."]);
    for (const when of ["Smith said Monday.", "Mayor Jane Smith said Thursday.", "Smith said that afternoon.", "Smith said today."]) {
      expect(texts(`"Really?" ${when}`)).toEqual([`"Really?" ${when}`]);
    }
    expect(texts("Edited for length. © 2026 The Courier")).toEqual(["Edited for length.", "© 2026 The Courier"]);
  });

  it("ends a sentence after a clock time unless a day, month or time zone follows", () => {
    expect(texts("Updated 4.12 p.m. Deputy Mayor Ann Lee spoke on Wednesday.")).toEqual([
      "Updated 4.12 p.m.", "Deputy Mayor Ann Lee spoke on Wednesday.",
    ]);
    expect(texts("Polls close at 10 p.m. Thursday and counting starts at 11 p.m. GMT. Results follow.")).toEqual([
      "Polls close at 10 p.m. Thursday and counting starts at 11 p.m. GMT.", "Results follow.",
    ]);
    expect(texts("The vote is at 9 a.m. March 3 in the hall.")).toEqual(["The vote is at 9 a.m. March 3 in the hall."]);
    expect(texts("Tuesday: the final, 7 p.m. Friday: the parade.")).toEqual(["Tuesday: the final, 7 p.m.", "Friday: the parade."]);
    for (const goesOn of ["at 3 p.m. Eastern on Monday.", "at 9:30 a.m. New York time.", "from 5 p.m. Mondays through Fridays.",
      "before 5 p.m. Friday's session.", "at 10 a.m. 3 June.", "at 9 a.m. Christmas Eve.", "at 9 a.m. ET today."]) {
      expect(texts(`The vote opens ${goesOn} It is late.`)).toEqual([`The vote opens ${goesOn}`, "It is late."]);
    }
    expect(texts("The window ends at 6 p.m. NASA said the launch was on time.")).toEqual([
      "The window ends at 6 p.m.", "NASA said the launch was on time.",
    ]);
  });

  it("on every training article, no split sentence spans two labelled sentences", () => {
    // Labelled lines may hold two sentences ("GOAL! Rovers 1-0 City."), so a labelled line can
    // become several split sentences; the reverse would be a merge, which must never happen.
    for (const article of loadSplit("train")) {
      const text = articleText(article);
      let cursor = 0;
      const bounds = article.sentences.map((s) => {
        const start = text.indexOf(s.text, cursor);
        cursor = start + s.text.length;
        return { start, end: cursor };
      });
      for (const s of splitSentences(text)) {
        const inside = bounds.some((b) => s.start >= b.start && s.end <= b.end);
        expect(inside, `${article.name}: "${s.text}"`).toBe(true);
      }
    }
  });
});
