import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { diffStats, wordDiff, type DiffPart } from "@/lib/revisions";
import { diffTokens } from "@/lib/revisions/diff";

const side = (parts: DiffPart[], kind: "insert" | "delete") => parts.filter((p) => p.kind === "equal" || p.kind === kind).map((p) => p.text).join("");

describe("wordDiff", () => {
  it("marks a replaced word as a deletion followed by an insertion", () => {
    expect(wordDiff("The bridge will cost 12 million pounds.", "The bridge will cost 14 million pounds.")).toEqual([
      { kind: "equal", text: "The bridge will cost " },
      { kind: "delete", text: "12" },
      { kind: "insert", text: "14" },
      { kind: "equal", text: " million pounds." },
    ]);
  });

  it("shows added and removed paragraphs whole", () => {
    const parts = wordDiff("One.\nTwo.\nThree.", "One.\nThree.\nFour.");
    expect(parts.filter((p) => p.kind !== "equal")).toEqual([
      { kind: "delete", text: "Two.\n" },
      { kind: "insert", text: "\nFour." },
    ]);
  });

  it("returns one equal part for identical texts and handles empty sides", () => {
    expect(wordDiff("same", "same")).toEqual([{ kind: "equal", text: "same" }]);
    expect(wordDiff("", "new text")).toEqual([{ kind: "insert", text: "new text" }]);
    expect(wordDiff("old text", "")).toEqual([{ kind: "delete", text: "old text" }]);
  });

  it("always reproduces both texts and never repeats a kind twice in a row", () => {
    const text = fc.array(fc.constantFrom("the", "cat", "sat", "on", "mat", "12", " ", "\n", ".", ","), { maxLength: 40 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = wordDiff(a, b);
        expect(side(parts, "delete")).toBe(a);
        expect(side(parts, "insert")).toBe(b);
        parts.forEach((p, i) => {
          expect(p.text).not.toBe("");
          if (i > 0) expect(p.kind).not.toBe(parts[i - 1].kind);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("counts inserted and deleted words", () => {
    expect(diffStats(wordDiff("a b c", "a x y c"))).toEqual({ insertedWords: 2, deletedWords: 1 });
  });

  it("diffs a 30,000-word article with scattered edits quickly", () => {
    const words = Array.from({ length: 30_000 }, (_, i) => `w${i % 977}`);
    const old = words.map((w, i) => (i % 50 === 49 ? w + ".\n" : w + " ")).join("");
    const edited = old.replace(/w(\d+)3 /g, "z$1 ");
    const t0 = performance.now();
    const parts = wordDiff(old, edited);
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect(side(parts, "insert")).toBe(edited);
  });
});

describe("numbers are whole tokens in the word diff (issue 11)", () => {
  it("shows a changed figure as one number replaced, not split at the decimal point", () => {
    const parts = wordDiff("Inflation was 3.9% in March.", "Inflation was 4.1% in March.");
    expect(parts.filter((p) => p.kind !== "equal")).toEqual([
      { kind: "delete", text: "3.9%" },
      { kind: "insert", text: "4.1%" },
    ]);
  });

  it("keeps thousands separators and ratios together", () => {
    expect(diffTokens("1,250,000 people, 3:1 odds")).toEqual(["1,250,000", " ", "people", ",", " ", "3:1", " ", "odds"]);
  });
});
