import { describe, expect, it } from "vitest";
import { bodyToDoc, docToHtml, type PMDoc } from "@/lib/import";
import { KITCHEN_SINK, link } from "./fixtures";
import { expectValidDoc } from "./helpers";

const doc = (...content: PMDoc["content"]): PMDoc => ({ type: "doc", content });

describe("docToHtml", () => {
  it("renders every node and mark, keeping shared marks open", () => {
    const html = docToHtml(KITCHEN_SINK);
    expect(html).toContain("<h1>Claim: <em>“80% of people”</em></h1>");
    expect(html).toContain("<strong>bold</strong> and <strong><em>bold italic</em></strong>");
    expect(html).toContain('<a href="https://example.org/path?q=a&amp;b=(1)" rel="noopener noreferrer nofollow">a link</a>');
    expect(html).toContain("<code>a `tick`</code>");
    expect(html).toContain('<ol start="7">');
    expect(html).toContain('<pre><code class="language-ts">const a = `x`;\n\n```\n  if (a &lt; b) {}</code></pre>');
    expect(html).toContain("Line one<br>line two");
    expect(html).toContain("<hr>");
  });

  it("round-trips through the HTML importer unchanged", () => {
    expectValidDoc(KITCHEN_SINK);
    expect(bodyToDoc(docToHtml(KITCHEN_SINK), "html")).toEqual(KITCHEN_SINK);
  });

  it("escapes all text", () => {
    const html = docToHtml(doc({ type: "paragraph", content: [{ type: "text", text: `<script>alert("x")</script> & 'q'` }] }));
    expect(html).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>");
  });

  it("renders unsafe link targets as plain text", () => {
    for (const href of ["javascript:alert(1)", "data:text/html,x", "vbscript:x", "/relative", " java\tscript:x"]) {
      const html = docToHtml(doc({ type: "paragraph", content: [{ type: "text", marks: [link(href)], text: "t" }] }));
      expect(html).toBe("<p>t</p>");
    }
  });

  it("does not let tampered attributes inject markup", () => {
    const html = docToHtml(
      doc(
        { type: "heading", attrs: { level: '1><script>alert(1)</script' }, content: [{ type: "text", text: "h" }] },
        { type: "codeBlock", attrs: { language: '"><img src=x onerror=alert(1)>' }, content: [{ type: "text", text: "c" }] },
        { type: "orderedList", attrs: { start: '"><x', type: "<" }, content: [] },
        { type: "paragraph", content: [{ type: "text", marks: [{ type: "evil", attrs: { x: "<b>" } }], text: "m" }] },
      ),
    );
    expect(html).toBe('<h1>h</h1>\n<pre><code>c</code></pre>\n<ol>\n\n</ol>\n<p>m</p>');
  });

  it("keeps the text of unknown nodes without their markup", () => {
    const html = docToHtml(doc({ type: "mystery", content: [{ type: "paragraph", content: [{ type: "text", text: "inside" }] }] }));
    expect(html).toBe("<p>inside</p>");
  });

  it("protects a leading newline in a code block from the HTML parser", () => {
    const original = doc({ type: "codeBlock", attrs: { language: null }, content: [{ type: "text", text: "\nafter blank line" }] });
    expect(bodyToDoc(docToHtml(original), "html")).toEqual(original);
  });

  it("renders an empty document as an empty paragraph", () => {
    expect(docToHtml(bodyToDoc("", "html"))).toBe("<p></p>");
  });
});
