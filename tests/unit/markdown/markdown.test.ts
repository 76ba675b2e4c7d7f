import { describe, expect, it } from "vitest";
import { markdownToPlainText, markdownToSafeMarkdown, renderMarkdown } from "@/lib/markdown";

describe("lib/markdown: one renderer, several outputs", () => {
  const source = "**ODNI assessment** says [report](https://example.org/r?a=1&b=2), *not* `x<y`.\n\n- one\n- two\n\n[bad](javascript:alert(1)) <img src=x onerror=alert(1)>";

  it("renders safe HTML: formatting kept, raw HTML as text, unsafe links unlinked", () => {
    const html = renderMarkdown(source);
    expect(html).toContain("<strong>ODNI assessment</strong>");
    expect(html).toContain('<a href="https://example.org/r?a=1&amp;b=2">report</a>');
    expect(html).toContain("<a>bad</a>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(renderMarkdown('[mail](mailto:desk@example.org)')).toBe('<p><a href="mailto:desk@example.org">mail</a></p>');
  });

  it("gives plain text without Markdown syntax, links as text (url)", () => {
    expect(markdownToPlainText(source)).toBe(
      "ODNI assessment says report (https://example.org/r?a=1&b=2), not x<y.\n\n- one\n- two\n\nbad <img src=x onerror=alert(1)>",
    );
    expect(markdownToPlainText("see https://example.org/x")).toBe("see https://example.org/x");
  });

  it("re-writes Markdown with every piece of text escaped and only safe links", () => {
    const md = markdownToSafeMarkdown(source);
    expect(md).toContain("**ODNI assessment** says [report](<https://example.org/r?a=1&b=2>)");
    expect(md).toContain("- one\n- two");
    expect(md).toContain("bad \\<img src=x onerror=alert(1)\\>");
    expect(md).not.toContain("javascript:");
    expect(markdownToSafeMarkdown("\\<img src=x onerror=alert(1)>")).toBe("\\<img src=x onerror=alert(1)\\>");
  });
});
