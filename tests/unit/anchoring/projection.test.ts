import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { docToPlainText, projectDocument, textToDoc, type PMNode } from "@/lib/anchoring";
import { arbitraryDoc, br, code, doc, h, hr, img, ol, p, pmDoc, pmText, quote, t, ul } from "./helpers";

/** Our projection must say exactly what ProseMirror says, for text and size. */
function expectSameAsProseMirror(json: PMNode): string {
  const projection = projectDocument(json);
  const real = pmDoc(json);
  expect(projection.text).toBe(pmText(real));
  expect(projection.size).toBe(real.content.size);
  return projection.text;
}

describe("projectDocument", () => {
  it("separates paragraphs with a single newline", () => {
    expect(expectSameAsProseMirror(doc(p(t("Hello")), p(t("World"))))).toBe("Hello\nWorld");
  });

  it("joins text nodes split by marks into one run", () => {
    const json = doc(p(t("Russia "), t("paid", "bold"), t(" bounties", "italic", "bold")));
    expect(expectSameAsProseMirror(json)).toBe("Russia paid bounties");
    expect(projectDocument(json).segments[0].runs).toHaveLength(1);
  });

  it("turns a hard break into a newline", () => {
    expect(expectSameAsProseMirror(doc(p(t("line one"), br, t("line two"))))).toBe("line one\nline two");
  });

  it("gives inline images a position but no text", () => {
    const json = doc(p(t("before"), img, t("after")));
    expect(expectSameAsProseMirror(json)).toBe("beforeafter");
    expect(projectDocument(json).segments[0].runs).toHaveLength(2);
  });

  it("keeps empty paragraphs as blocks", () => {
    expect(expectSameAsProseMirror(doc(p(), p(t("x")), p()))).toBe("\nx\n");
  });

  it("projects empty documents to the empty string", () => {
    expect(expectSameAsProseMirror(doc(p()))).toBe("");
    expect(projectDocument({ type: "doc" })).toEqual({ text: "", segments: [], size: 0 });
    expect(docToPlainText({ type: "doc", content: [] })).toBe("");
  });

  it("keeps whitespace-only text as it is", () => {
    expect(expectSameAsProseMirror(doc(p(t("   ")), p(t("\t"))))).toBe("   \n\t");
  });

  it("handles headings, lists and blockquotes in document order", () => {
    const json = doc(
      h(1, t("Title")),
      p(t("Intro")),
      ul([p(t("one"))], [p(t("two")), ol([p(t("nested"))])]),
      quote(p(t("quoted")), p(t("still quoted"))),
      p(t("End")),
    );
    expect(expectSameAsProseMirror(json)).toBe("Title\nIntro\none\ntwo\nnested\nquoted\nstill quoted\nEnd");
  });

  it("adds no separator for a horizontal rule between paragraphs", () => {
    expect(expectSameAsProseMirror(doc(p(t("a")), hr, p(t("b"))))).toBe("a\nb");
  });

  it("keeps newlines inside code blocks", () => {
    expect(expectSameAsProseMirror(doc(p(t("x")), code("line 1\nline 2")))).toBe("x\nline 1\nline 2");
  });

  it("counts curly quotes and emoji in UTF-16 code units, as ProseMirror does", () => {
    const json = doc(p(t("\u201CYes,\u201D she said \u{1F600}"), t(" ok", "bold")));
    const text = expectSameAsProseMirror(json);
    expect(text).toBe("\u201CYes,\u201D she said \u{1F600} ok");
    expect(text.length).toBe(21); // 19 characters, but the emoji is two code units
  });

  it("treats unknown atoms as leaves and accepts extra textblock types", () => {
    const mention: PMNode = { type: "mention", attrs: { id: "ana" } };
    expect(projectDocument(doc(p(t("hi "), mention, t("!")))).size).toBe(7);
    const custom = { type: "doc", content: [{ type: "caption" }, p(t("x"))] };
    expect(projectDocument(custom).text).toBe("x"); // an empty unknown node is taken as a leaf
    expect(projectDocument(custom, { textblockTypes: ["caption"] }).text).toBe("\nx");
  });

  it("agrees with ProseMirror on random documents (property)", () => {
    fc.assert(fc.property(arbitraryDoc(), (json) => void expectSameAsProseMirror(json)), { numRuns: 200 });
  });
});

/** Any Unicode text, with plenty of (possibly consecutive, leading, trailing) newlines. */
const textWithLineBreaks = fc
  .array(fc.oneof(fc.constant("\n"), fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join("").replace(/\r/g, ""));

describe("textToDoc", () => {
  it("makes one paragraph per line, empty lines included", () => {
    expect(textToDoc("a\n\nb")).toEqual(doc(p(t("a")), p(), p(t("b"))));
  });

  it("round-trips any text without carriage returns (property)", () => {
    fc.assert(
      fc.property(textWithLineBreaks, (text) => {
        const json = textToDoc(text);
        expect(docToPlainText(json)).toBe(text);
        expect(pmText(pmDoc(json))).toBe(text); // and ProseMirror accepts and agrees
      }),
      { numRuns: 300 },
    );
  });
});
