import { describe, expect, it } from "vitest";
import { highlightToHtml, stripHighlight, HIGHLIGHT_CLOSE as C, HIGHLIGHT_OPEN as O } from "@/lib/search";

describe("highlightToHtml", () => {
  it("wraps matched words in <mark>", () => {
    expect(highlightToHtml(`Inflation ${O}rose${C} to 3%`)).toBe("Inflation <mark>rose</mark> to 3%");
  });

  it("escapes everything else, so stored text is never HTML", () => {
    expect(highlightToHtml(`<script>alert("x")</script> & ${O}<b>${C}`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>&lt;b&gt;</mark>");
    expect(highlightToHtml(`<img src=x onerror=alert(1)>`)).not.toContain("<img");
  });

  it("keeps tags balanced when markers are stray or nested", () => {
    expect(highlightToHtml(`a${C}b`)).toBe("ab");
    expect(highlightToHtml(`${O}a${O}b${C}c${C}`)).toBe("<mark>ab</mark>c");
    expect(highlightToHtml(`${O}unclosed`)).toBe("<mark>unclosed</mark>");
  });

  it("strips markers for plain text", () => {
    expect(stripHighlight(`${O}a${C} b`)).toBe("a b");
  });
});
