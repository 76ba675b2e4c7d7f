import { describe, expect, it } from "vitest";
import { bodyToDoc, LINK_DEFAULT_ATTRS } from "@/lib/import";
import { expectNoExecutableContent, expectSafeStructure, expectValidDoc, hrefs, plain } from "./helpers";

const md = (body: string) => {
  const doc = bodyToDoc(body, "markdown");
  expectValidDoc(doc);
  // Raw HTML may survive as visible text; it never becomes markup, marks or links.
  expectSafeStructure(doc);
  return doc;
};

describe("bodyToDoc: markdown", () => {
  it("converts ATX and setext headings with their levels", () => {
    const doc = md("# One\n\n## Two\n\n###### Six\n\nSetext\n======\n");
    expect(doc.content.map((n) => [n.type, n.attrs?.level, n.content?.[0].text])).toEqual([
      ["heading", 1, "One"],
      ["heading", 2, "Two"],
      ["heading", 6, "Six"],
      ["heading", 1, "Setext"],
    ]);
  });

  it("converts emphasis, strong, strikethrough and inline code to marks", () => {
    const doc = md("a *it* **bo** ***both*** ~~gone~~ `x < y` _und_");
    expect(doc.content[0].content).toEqual([
      { type: "text", text: "a " },
      { type: "text", marks: [{ type: "italic" }], text: "it" },
      { type: "text", text: " " },
      { type: "text", marks: [{ type: "bold" }], text: "bo" },
      { type: "text", text: " " },
      { type: "text", marks: [{ type: "bold" }, { type: "italic" }], text: "both" },
      { type: "text", text: " " },
      { type: "text", marks: [{ type: "strike" }], text: "gone" },
      { type: "text", text: " " },
      { type: "text", marks: [{ type: "code" }], text: "x < y" },
      { type: "text", text: " " },
      { type: "text", marks: [{ type: "italic" }], text: "und" },
    ]);
  });

  it("converts links with the schema's default link attributes", () => {
    const doc = md("See [the report](https://example.org/r?a=1&b=2 \"title\") and <https://auto.example>.");
    const link = doc.content[0].content?.[1];
    expect(link).toEqual({
      type: "text",
      marks: [{ type: "link", attrs: { href: "https://example.org/r?a=1&b=2", ...LINK_DEFAULT_ATTRS } }],
      text: "the report",
    });
    expect(hrefs(doc)).toEqual(["https://example.org/r?a=1&b=2", "https://auto.example"]);
  });

  it("drops javascript:, data: and relative link targets but keeps the link text", () => {
    const doc = md("[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](/relative) [d](mailto:x@y.z)");
    expect(plain(doc)).toBe("a b c d");
    expect(hrefs(doc)).toEqual(["mailto:x@y.z"]);
  });

  it("keeps soft line breaks as spaces and hard breaks as hardBreak", () => {
    const doc = md("one\ntwo  \nthree\\\nfour");
    expect(doc.content[0].content?.map((n) => n.type)).toEqual(["text", "hardBreak", "text", "hardBreak", "text"]);
    expect(plain(doc)).toBe("one two\nthree\nfour");
  });

  it("converts blockquotes, including nested ones", () => {
    const doc = md("> quoted\n> > deeper\n\nafter");
    expect(doc.content[0].type).toBe("blockquote");
    expect(doc.content[0].content?.[1].type).toBe("blockquote");
    expect(plain(doc)).toBe("quoted\ndeeper\nafter");
  });

  it("converts fenced and indented code blocks verbatim, with the fence language", () => {
    const doc = md("```ts\nconst a = 1;\n\n  if (a < 2) {}\n```\n\n    indented <b>\n");
    expect(doc.content[0]).toEqual({
      type: "codeBlock",
      attrs: { language: "ts" },
      content: [{ type: "text", text: "const a = 1;\n\n  if (a < 2) {}" }],
    });
    expect(doc.content[1]).toEqual({ type: "codeBlock", attrs: { language: null }, content: [{ type: "text", text: "indented <b>" }] });
  });

  it("keeps a fenced block's leading blank line (HTML parsing would drop it)", () => {
    expect(md("```\n\nafter blank\n```").content[0].content?.[0].text).toBe("\nafter blank");
  });

  it("converts bullet, ordered and nested lists", () => {
    const doc = md("- one\n- two\n  1. sub a\n  2. sub b\n- three\n\n5. five\n6. six\n");
    const [bullets, ordered] = doc.content;
    expect(bullets.type).toBe("bulletList");
    expect(bullets.content).toHaveLength(3);
    expect(bullets.content?.[1].content?.map((n) => n.type)).toEqual(["paragraph", "orderedList"]);
    expect(ordered).toMatchObject({ type: "orderedList", attrs: { start: 5, type: null } });
    expect(plain(doc)).toBe("one\ntwo\nsub a\nsub b\nthree\nfive\nsix");
  });

  it("turns loose lists into the same structure as tight ones", () => {
    expect(md("- a\n\n- b\n")).toEqual(md("- a\n- b\n"));
  });

  it("drops GFM task-list checkboxes but keeps the item text", () => {
    expect(plain(md("- [x] done\n- [ ] todo\n"))).toBe("done\ntodo");
  });

  it("converts horizontal rules", () => {
    expect(md("a\n\n---\n\nb").content.map((n) => n.type)).toEqual(["paragraph", "horizontalRule", "paragraph"]);
  });

  it("keeps GFM table text, one paragraph per cell", () => {
    const doc = md("| Claim | Verdict |\n|---|---|\n| Sky is green | False |\n");
    expect(plain(doc)).toBe("Claim\nVerdict\nSky is green\nFalse");
  });

  it("shows raw HTML inside Markdown as text, except bare formatting tags", () => {
    const doc = md("Hello <script>alert(1)</script><img src=x onerror=alert(1)> <u>under</u>\n\n<div onclick=\"alert(1)\">block</div>\n");
    expect(plain(doc)).toBe('Hello <script>alert(1)</script><img src=x onerror=alert(1)> under\n<div onclick="alert(1)">block</div>');
    expect(doc.content[0].content?.[1]).toEqual({ type: "text", marks: [{ type: "underline" }], text: "under" });
    expectSafeStructure(doc);
  });

  it("decodes entities and backslash escapes", () => {
    expect(plain(md("AT&amp;T &copy; 5 &lt; 6 \\*literal\\*"))).toBe("AT&T © 5 < 6 *literal*");
  });

  it("preserves Unicode and emoji", () => {
    expect(plain(md("# “Smart” quotes — 🚀\n\nCafé ✓"))).toBe("“Smart” quotes — 🚀\nCafé ✓");
  });

  it("handles CRLF input", () => {
    expect(md("# T\r\n\r\n- a\r\n- b\r\n")).toEqual(md("# T\n\n- a\n- b\n"));
  });

  it("returns a single empty paragraph for empty input", () => {
    expect(md("")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });
});
