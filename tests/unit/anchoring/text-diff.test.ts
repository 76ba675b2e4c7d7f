import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffTexts, mapOffset, mapRange } from "@/lib/anchoring";
import { applyHunks, prng } from "./helpers";

describe("diffTexts", () => {
  it("returns no hunks for identical texts", () => {
    expect(diffTexts("same text", "same text")).toEqual([]);
  });

  it("finds a replaced word", () => {
    const hunks = diffTexts("the cat sat on the mat", "the dog sat on the mat");
    expect(hunks).toEqual([{ oldStart: 4, oldEnd: 7, newStart: 4, newEnd: 7 }]);
  });

  it("places an insertion at a word boundary rather than inside a repeated letter", () => {
    // "the c[hat c]at" and "the [chat ]cat" are equally short; a human means the second.
    const hunks = diffTexts("the cat", "the chat cat");
    expect(hunks).toEqual([{ oldStart: 4, oldEnd: 4, newStart: 4, newEnd: 9 }]);
  });

  it("splits two nearby edits so a boundary between them maps exactly", () => {
    const oldText = "one dog cat two";
    const newText = "one cow bat two";
    const hunks = diffTexts(oldText, newText);
    expect(applyHunks(oldText, newText, hunks)).toBe(newText);
    // The space between the two words is unchanged, so offset 7 maps to 7.
    expect(mapOffset(hunks, 7, "end")).toBe(7);
    expect(mapOffset(hunks, 8, "start")).toBe(8);
  });

  it("treats a replaced word as a whole word, so a claim starting at it covers the new word", () => {
    const oldText = "great the all ribrito";
    const newText = "great state all ribrito";
    const hunks = diffTexts(oldText, newText);
    expect(newText.slice(mapOffset(hunks, 6, "start"), mapOffset(hunks, 13, "end"))).toBe("state all");
  });

  it("keeps letters appended to a word outside a claim that ends at that word", () => {
    const hunks = diffTexts("the claim was clear", "the claims was clear");
    expect(mapRange(hunks, 4, 9)).toMatchObject({ start: 4, end: 9 }); // still "claim"
    expect(mapRange(hunks, 0, 9)).toMatchObject({ start: 0, end: 9 });
  });

  it("keeps the rest of a word in place when a letter is typed inside it", () => {
    const hunks = diffTexts("say hello world", "say heXllo world");
    expect(mapRange(hunks, 6, 9)).toMatchObject({ start: 7, end: 10 }); // "llo"
  });

  it("separates a changed word from punctuation added after it", () => {
    const oldText = "it rgtan today";
    const newText = "it gtan# today";
    const hunks = diffTexts(oldText, newText);
    const r = mapRange(hunks, 3, 8);
    expect(newText.slice(r.start, r.end)).toBe("gtan");
  });

  it("explains a deleted sentence as a deletion, not as rewriting it into the next one", () => {
    const oldText = "US troops.\nThe White House said the report was false.\nThree newspapers published the report.";
    const newText = "US troops.\nThree newspapers published the report.";
    const hunks = diffTexts(oldText, newText);
    expect(hunks).toHaveLength(1);
    expect(oldText.slice(hunks[0].oldStart, hunks[0].oldEnd)).toBe("The White House said the report was false.\n");
  });

  it("handles edits at the very start and end", () => {
    for (const [a, b] of [
      ["abc", "Xabc"],
      ["abc", "abcX"],
      ["abc", "bc"],
      ["abc", "ab"],
      ["", "new"],
      ["old", ""],
    ]) {
      expect(applyHunks(a, b, diffTexts(a, b))).toBe(b);
    }
  });

  it("handles a large rewrite and a moved paragraph", () => {
    const rnd = prng(7);
    const words = Array.from({ length: 3000 }, () => Math.floor(rnd() * 1e6).toString(36));
    const oldText = words.join(" ");
    const rewritten = [...words];
    for (let i = 1000; i < 1600; i++) rewritten[i] = "new" + i;
    const moved = [...rewritten.slice(0, 200), ...rewritten.slice(2500), ...rewritten.slice(200, 2500)];
    const newText = moved.join(" ");
    const hunks = diffTexts(oldText, newText);
    expect(applyHunks(oldText, newText, hunks)).toBe(newText);
  });

  it("reconstructs the new text for arbitrary edits (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => {
        expect(applyHunks(a, b, diffTexts(a, b))).toBe(b);
      }),
      { numRuns: 300 },
    );
  });

  it("reconstructs the new text for sparse edits of a long text (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("alpha", "beta", "gamma", "delta", "the", "a", "of", "\n"), { minLength: 50, maxLength: 400 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom("", "x", "the ", "alpha beta ")), { maxLength: 20 }),
        (words, edits) => {
          const oldText = words.join(" ");
          let newText = oldText;
          for (const [at, del, ins] of edits) {
            const i = at % (newText.length + 1);
            newText = newText.slice(0, i) + ins + newText.slice(i + del);
          }
          const hunks = diffTexts(oldText, newText);
          expect(applyHunks(oldText, newText, hunks)).toBe(newText);
          // Hunks are sorted and never overlap (word edits may meet).
          for (let k = 1; k < hunks.length; k++) {
            expect(hunks[k].oldStart).toBeGreaterThanOrEqual(hunks[k - 1].oldEnd);
            expect(hunks[k].newStart).toBeGreaterThanOrEqual(hunks[k - 1].newEnd);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("mapOffset and mapRange", () => {
  const oldText = "Alpha beta gamma delta";
  const newText = "Alpha BETA gamma new delta";
  const hunks = diffTexts(oldText, newText);

  it("shifts offsets after an edit", () => {
    expect(mapOffset(hunks, 17, "start")).toBe(21); // "delta"
    expect(mapOffset(hunks, 0, "start")).toBe(0);
  });

  it("keeps text inserted at a range's edge outside the range", () => {
    const ins = diffTexts("ab cd", "ab XY cd"); // "XY " inserted at 3
    expect(mapRange(ins, 3, 5)).toEqual({ start: 6, end: 8, editedChars: 0, removedChars: 0 }); // "cd"
    expect(mapRange(ins, 0, 2)).toEqual({ start: 0, end: 2, editedChars: 0, removedChars: 0 }); // "ab"
  });

  it("covers the replacement when an edit is inside the range", () => {
    const r = mapRange(hunks, 6, 16); // "beta gamma"
    expect(newText.slice(r.start, r.end)).toBe("BETA gamma");
    expect(r.editedChars).toBe(4); // "beta" -> "BETA"
  });
});
