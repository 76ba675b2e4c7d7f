import { describe, expect, it } from "vitest";
import { bodyToDoc } from "@/lib/import";
import { allNodes, expectValidDoc, plain } from "./helpers";

const html = (body: string) => {
  const doc = bodyToDoc(body, "html");
  expectValidDoc(doc);
  return doc;
};
const t = (text: string) => ({ type: "text", text });
const p = (...content: object[]) => ({ type: "paragraph", content });

describe("bodyToDoc: HTML structure", () => {
  it("collapses whitespace like a browser, across inline element boundaries", () => {
    const doc = html("<p>\n   Hello   <b> big </b>\n\t world  </p>");
    expect(doc.content).toEqual([
      p(t("Hello "), { type: "text", marks: [{ type: "bold" }], text: "big " }, t("world")),
    ]);
  });

  it("decodes named, numeric and hex entities", () => {
    expect(plain(html("<p>AT&amp;T &copy; &#8220;q&#x201D; &lt;tag&gt; caf&eacute; 10&nbsp;km</p>"))).toBe(
      "AT&T © “q” <tag> café 10\u00a0km",
    );
  });

  it("wraps bare top-level inline content in paragraphs around blocks", () => {
    const doc = html("intro <i>text</i><h2>Head</h2>tail");
    expect(doc.content.map((n) => n.type)).toEqual(["paragraph", "heading", "paragraph"]);
    expect(plain(doc)).toBe("intro text\nHead\ntail");
  });

  it("drops empty and whitespace-only paragraphs (including &nbsp; spacers and lone <br>)", () => {
    const doc = html("<p></p><p>  </p><p>&nbsp;</p><p><br></p><p>real</p><p><b> </b></p>");
    expect(doc.content).toEqual([p(t("real"))]);
  });

  it("turns <br> into hardBreak, trimming spaces around it and dropping a trailing one", () => {
    const doc = html("<p>line one <br> line two<br><br>three<br></p>");
    expect(doc.content[0].content).toEqual([t("line one"), { type: "hardBreak" }, t("line two"), { type: "hardBreak" }, { type: "hardBreak" }, t("three")]);
  });

  it("maps every heading level", () => {
    const doc = html("<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>");
    expect(doc.content.map((n) => n.attrs?.level)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("maps b/strong, i/em, u, s/strike/del and code to marks in schema order", () => {
    const doc = html("<p><a href='https://x.org'><u><s><i><b>all</b></i></s></u></a> <del>d</del><strike>s</strike></p>");
    expect(doc.content[0].content?.[0].marks?.map((m) => m.type)).toEqual(["link", "bold", "italic", "strike", "underline"]);
    expect(doc.content[0].content?.[2]).toEqual({ type: "text", marks: [{ type: "strike" }], text: "ds" });
  });

  it("lets the code mark exclude all others, as the editor does", () => {
    const doc = html("<p><b>bold <code>code</code></b> <a href='https://x.org'><code>c2</code></a></p>");
    expect(doc.content[0].content).toEqual([
      { type: "text", marks: [{ type: "bold" }], text: "bold " },
      { type: "text", marks: [{ type: "code" }], text: "code" },
      t(" "),
      { type: "text", marks: [{ type: "code" }], text: "c2" },
    ]);
  });

  it("keeps the innermost of nested links", () => {
    const doc = html("<p><a href='https://outer.org'>o <a href='https://inner.org'>i</a></a></p>");
    expect(doc.content[0].content?.map((n) => n.marks?.[0].attrs?.href)).toContain("https://inner.org");
  });

  it("converts nested lists and keeps ordered-list start and type", () => {
    const doc = html("<ol start='4' type='a'><li>four<ul><li>sub <b>b</b></li></ul></li><li><p>five</p></li></ol>");
    expect(doc.content[0]).toMatchObject({ type: "orderedList", attrs: { start: 4, type: "a" } });
    expect(doc.content[0].content?.[0].content?.map((n) => n.type)).toEqual(["paragraph", "bulletList"]);
    expect(plain(doc)).toBe("four\nsub b\nfive");
  });

  it("attaches a list written as a sibling of <li> to the previous item", () => {
    const doc = html("<ul><li>a</li><ul><li>a.1</li></ul><li>b</li></ul>");
    const items = doc.content[0].content ?? [];
    expect(items).toHaveLength(2);
    expect(items[0].content?.map((n) => n.type)).toEqual(["paragraph", "bulletList"]);
  });

  it("makes every list item start with a paragraph", () => {
    const doc = html("<ul><li><h3>Heading item</h3></li><li><blockquote>q</blockquote></li><li><ul><li>x</li></ul></li><li></li></ul>");
    const items = doc.content[0].content ?? [];
    expect(items).toHaveLength(3); // the empty <li> is dropped
    expect(items[0].content).toEqual([p(t("Heading item"))]);
    expect(items[1].content?.map((n) => n.type)).toEqual(["paragraph", "blockquote"]);
    expect(items[2].content?.map((n) => n.type)).toEqual(["paragraph", "bulletList"]);
  });

  it("drops empty lists and treats a stray <li> as a paragraph", () => {
    expect(html("<ul></ul><ol> </ol><li>stray</li>").content).toEqual([p(t("stray"))]);
  });

  it("unwraps divs, sections, articles and spans, with divs as paragraph boundaries", () => {
    const doc = html("<article><section><div>one<div>two</div>three</div><span>four</span> <span>five</span></section></article>");
    expect(plain(doc)).toBe("one\ntwo\nthree\nfour five");
  });

  it("keeps table text with each cell as its own paragraph", () => {
    const doc = html("<table><thead><tr><th>Claim</th><th>Rating</th></tr></thead><tbody><tr><td>Sky is <b>green</b></td><td>False</td></tr></tbody></table>");
    expect(plain(doc)).toBe("Claim\nRating\nSky is green\nFalse");
  });

  it("keeps <pre> whitespace verbatim, with <br> as newline and the code language", () => {
    const doc = html("<pre><code class='language-python extra'>\n  def f():\n      return 1 &lt; 2<br>x</code></pre>");
    expect(doc.content).toEqual([
      { type: "codeBlock", attrs: { language: "python" }, content: [t("  def f():\n      return 1 < 2\nx")] },
    ]);
  });

  it("converts blockquotes with bare text and nested blocks", () => {
    const doc = html("<blockquote>said <i>this</i><p>and this</p></blockquote><blockquote> </blockquote>");
    expect(doc.content).toHaveLength(1);
    expect(doc.content[0].content?.map((n) => n.type)).toEqual(["paragraph", "paragraph"]);
  });

  it("converts <hr>", () => {
    expect(html("<p>a</p><hr><p>b</p>").content.map((n) => n.type)).toEqual(["paragraph", "horizontalRule", "paragraph"]);
  });

  it("splits a heading that contains block content instead of producing invalid nesting", () => {
    const doc = html("<h2>a<p>b</p>c</h2>");
    expect(doc.content.map((n) => [n.type, plain({ type: "doc", content: [n] })])).toEqual([
      ["heading", "a"],
      ["heading", "b"],
      ["heading", "c"],
    ]);
  });

  it("carries inline marks into blocks nested inside them", () => {
    const doc = html("<b><p>x</p><ul><li>y</li></ul></b>");
    expect(doc.content[0].content?.[0].marks).toEqual([{ type: "bold" }]);
    expect(doc.content[1].content?.[0].content?.[0].content?.[0].marks).toEqual([{ type: "bold" }]);
  });

  it("recovers from broken and unclosed markup without losing text", () => {
    const doc = html("<p>one <b>bold <i>both</p><p>two</i> still</b><ul><li>a<li>b</ul></div></span>after <p");
    expect(plain(doc)).toContain("one bold both");
    expect(plain(doc)).toContain("a\nb");
    expect(plain(doc)).toContain("after");
  });

  it("ignores a full document's head and keeps the body", () => {
    const doc = html("<!DOCTYPE html><html><head><title>T</title><meta charset=utf-8></head><body><p>Body</p></body></html>");
    expect(doc.content).toEqual([p(t("Body"))]);
  });

  it("preserves Unicode and emoji", () => {
    expect(plain(html("<p>“Smart” — 👍🏽 家族</p>"))).toBe("“Smart” — 👍🏽 家族");
  });

  it("returns fresh objects: mutating one imported document cannot affect the next", () => {
    const source = "<p><a href='https://x.org'><b>x</b></a><br>y</p><ul><li><ul><li>z</li></ul></li></ul>";
    const first = html(source);
    for (const node of allNodes(first)) {
      node.type = "mutated";
      for (const mark of node.marks ?? []) {
        mark.type = "mutated";
        if (mark.attrs) mark.attrs.href = "mutated";
      }
    }
    expect(JSON.stringify(html(source))).not.toContain("mutated");
  });

  it("returns a single empty paragraph when nothing readable is left", () => {
    expect(html("<script>x</script><!-- c --><img src=x>")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });
});
