import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  posRangeToTextRange,
  posToTextOffset,
  projectDocument,
  textOffsetToPos,
  textRangeToPosRange,
  type PMNode,
} from "@/lib/anchoring";
import { arbitraryDoc, br, code, doc, h, hr, img, ol, p, pmDoc, pmText, quote, t, ul } from "./helpers";

const FIXTURES: Record<string, PMNode> = {
  "two paragraphs": doc(p(t("Hello")), p(t("World"))),
  "marks": doc(p(t("Russia "), t("paid", "bold"), t(" bounties", "italic"))),
  "hard breaks": doc(p(t("one"), br, br, t("two"))),
  "inline images": doc(p(img, t("ab"), img, img, t("cd"), img)),
  "image-only paragraph": doc(p(t("x")), p(img), p(t("y"))),
  "empty paragraphs": doc(p(), p(t("a")), p(), p(), p(t("b")), p()),
  "lists and quotes": doc(
    h(1, t("Title")),
    ul([p(t("one"))], [p(t("two")), ol([p(t("deep"))])]),
    quote(p(t("q1")), p(t("q2"))),
    hr,
    p(t("end")),
  ),
  "emoji and curly quotes": doc(p(t("\u201CA\u201D \u{1F600}\u{1F600} b")), p(t("\u{1F1EB}\u{1F1F7}"))),
  "code block": doc(code("let a = 1;\nlet b = 2;"), p(t("after"))),
  "empty document": doc(p()),
};

/**
 * The strongest check we have: ProseMirror's own textBetween must agree with
 * our offsets for every range, in both directions.
 */
function checkAgainstProseMirror(json: PMNode): void {
  const projection = projectDocument(json);
  const real = pmDoc(json);
  const { text } = projection;
  const size = real.content.size;
  // Every pair for small documents; for larger ones, short ranges and ranges to either end.
  const worthChecking = (a: number, b: number, max: number): boolean =>
    max <= 40 || b - a <= 3 || a === 0 || b === max;
  for (let start = 0; start <= text.length; start++) {
    for (let end = start; end <= text.length; end++) {
      if (!worthChecking(start, end, text.length)) continue;
      const { from, to } = textRangeToPosRange(projection, start, end);
      expect(pmText(real, from, to), `text [${start}, ${end})`).toBe(text.slice(start, end));
      // Mapped positions always land inside a textblock, where a cursor can go.
      expect(real.resolve(from).parent.isTextblock || projection.segments.length === 0).toBe(true);
    }
  }
  for (let from = 0; from <= size; from++) {
    for (let to = from; to <= size; to++) {
      if (!worthChecking(from, to, size)) continue;
      const { start, end } = posRangeToTextRange(projection, from, to);
      expect(text.slice(start, end), `positions [${from}, ${to})`).toBe(pmText(real, from, to));
    }
  }
}

describe("offsets and ProseMirror positions", () => {
  for (const [name, json] of Object.entries(FIXTURES)) {
    it(`agree with ProseMirror for every range: ${name}`, () => checkAgainstProseMirror(json));
  }

  it("agree with ProseMirror on random documents (property)", () => {
    fc.assert(fc.property(arbitraryDoc(), checkAgainstProseMirror), { numRuns: 60 });
  });

  it("map a range across paragraphs", () => {
    const json = doc(p(t("Russia paid")), p(t("bounties on troops")));
    const projection = projectDocument(json);
    const start = projection.text.indexOf("paid");
    const end = projection.text.indexOf(" on");
    const { from, to } = textRangeToPosRange(projection, start, end);
    expect(pmText(pmDoc(json), from, to)).toBe("paid\nbounties");
    expect(posRangeToTextRange(projection, from, to)).toEqual({ start, end });
  });

  it("round-trip offsets inside text exactly", () => {
    const projection = projectDocument(FIXTURES["lists and quotes"]);
    for (let offset = 0; offset <= projection.text.length; offset++) {
      for (const bias of ["start", "end"] as const) {
        expect(posToTextOffset(projection, textOffsetToPos(projection, offset, bias))).toBe(offset);
      }
    }
  });

  it("keep an adjacent image outside a highlighted range", () => {
    const json = doc(p(t("ab"), img, t("cd")));
    const projection = projectDocument(json); // positions: a=1 b=2 img=3 c=4 d=5
    expect(textRangeToPosRange(projection, 0, 2)).toEqual({ from: 1, to: 3 }); // "ab" stops before the image
    expect(textRangeToPosRange(projection, 2, 4)).toEqual({ from: 4, to: 6 }); // "cd" starts after it
    expect(textOffsetToPos(projection, 2, "end")).toBe(3);
    expect(textOffsetToPos(projection, 2, "start")).toBe(4);
  });

  it("move positions between blocks to the nearest text", () => {
    const json = doc(p(t("ab")), hr, p(t("cd"))); // p 0-4, hr 4-5, p 5-9
    const projection = projectDocument(json);
    expect(posToTextOffset(projection, 0)).toBe(0); // before the first paragraph
    expect(posToTextOffset(projection, 4, "start")).toBe(3); // on the rule: next block's start
    expect(posToTextOffset(projection, 4, "end")).toBe(2); // ...or previous block's end
    expect(posToTextOffset(projection, 9)).toBe(5); // after the last paragraph
    expect(posRangeToTextRange(projection, 4, 5)).toEqual({ start: 3, end: 3 }); // selecting the rule: no text
  });

  it("count an emoji as two positions, like ProseMirror", () => {
    const json = doc(p(t("a\u{1F600}b")));
    const projection = projectDocument(json);
    expect(textOffsetToPos(projection, 3)).toBe(4); // before "b"
    expect(pmText(pmDoc(json), 2, 4)).toBe("\u{1F600}");
  });

  it("map an empty document's only offset to position 0 or into its paragraph", () => {
    expect(textOffsetToPos(projectDocument({ type: "doc" }), 0)).toBe(0);
    expect(textOffsetToPos(projectDocument(doc(p())), 0)).toBe(1);
  });

  it("reject offsets and positions outside the document", () => {
    const projection = projectDocument(doc(p(t("abc"))));
    expect(() => textOffsetToPos(projection, 4)).toThrow(RangeError);
    expect(() => textOffsetToPos(projection, -1)).toThrow(RangeError);
    expect(() => textOffsetToPos(projection, 1.5)).toThrow(RangeError);
    expect(() => posToTextOffset(projection, 6)).toThrow(RangeError);
    expect(() => textRangeToPosRange(projection, 2, 1)).toThrow(RangeError);
    expect(() => posRangeToTextRange(projection, 3, 2)).toThrow(RangeError);
  });
});
