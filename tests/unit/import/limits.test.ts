import { describe, expect, it } from "vitest";
import { bodyToDoc, IMPORT_LIMITS, ImportError, sanitizeHtml } from "@/lib/import";
import { expectNoExecutableContent, expectValidDoc, plain } from "./helpers";

/**
 * Size and shape limits. Timings are logged, not asserted (CI machines vary); the point
 * is that none of these can hang the test runner — i.e. the server.
 */

const ARTICLE_CHUNK =
  '<div class="story"><h2 id="s">Section &amp; title</h2><p>Some <b>bold</b> and ' +
  '<a href="https://example.org/p?q=1" onclick="track()">a link</a>, “quotes” 🚀 and ' +
  '<span style="color:red">spans</span>.</p><ul><li>one<ul><li>nested</li></ul></li><li>two</li></ul>' +
  "<table><tr><td>cell</td><td>cell 2</td></tr></table><script>var x = \"<p>\";</script>" +
  "<img src=x onerror=alert(1)></div>\n";

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.info(`${label}: ${Math.round(performance.now() - start)} ms`);
  return result;
}

describe("large and pathological input", () => {
  it("converts 1 MB of HTML", () => {
    const html = ARTICLE_CHUNK.repeat(Math.ceil(1_000_000 / ARTICLE_CHUNK.length));
    const doc = timed("1 MB HTML", () => bodyToDoc(html, "html"));
    expectValidDoc(doc);
    expectNoExecutableContent(doc);
    expect(plain(doc).split("\n").slice(0, 7)).toEqual(["Section & title", "Some bold and a link, “quotes” 🚀 and spans.", "one", "nested", "two", "cell", "cell 2"]);
  });

  it("converts 1 MB of Markdown", () => {
    const chunk = "## Heading *x*\n\nPara with **bold**, [a link](https://e.org) and `code`.\n\n- a\n- b\n  - c\n\n> quote\n\n";
    const doc = timed("1 MB Markdown", () => bodyToDoc(chunk.repeat(Math.ceil(1_000_000 / chunk.length)), "markdown"));
    expectValidDoc(doc);
  });

  it("converts 2 MB of plain text", () => {
    const doc = timed("2 MB text", () => bodyToDoc("A line of text with “quotes”.\n\n".repeat(65_000), "text"));
    expect(doc.content).toHaveLength(65_000);
  });

  it("converts one very long line without quadratic behaviour", () => {
    const doc = timed("400k words", () => bodyToDoc(`<p>${"word ".repeat(400_000)}</p>`, "html"));
    expect(doc.content).toHaveLength(1);
  });

  it("unwraps elements nested past maxNestingDepth but keeps their text", () => {
    const depth = IMPORT_LIMITS.maxNestingDepth * 5;
    const doc = bodyToDoc(`${"<blockquote>".repeat(depth)}deep text${"</blockquote>".repeat(depth)}`, "html");
    expectValidDoc(doc);
    expect(plain(doc)).toBe("deep text");
    expect(sanitizeHtml("<div>".repeat(depth) + "x").match(/<div>/g)?.length).toBeLessThanOrEqual(IMPORT_LIMITS.maxNestingDepth);
  });

  it("rejects HTML nested deeper than the parser can handle quickly", () => {
    const hostile = "<b>".repeat(400_000) + "x";
    const error = timed("400k nested <b>", () => {
      try {
        bodyToDoc(hostile, "html");
      } catch (e) {
        return e;
      }
      return null;
    });
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe("too_deeply_nested");
  });

  it("does not count implicitly closed elements as nesting", () => {
    const doc = timed("50k unclosed <p>/<li>", () => bodyToDoc("<p>x".repeat(25_000) + "<ul>" + "<li>y".repeat(25_000), "html"));
    expect(doc.content).toHaveLength(25_001);
  });

  it("rejects Markdown nested deeper than marked can handle", () => {
    const quotes = ">".repeat(10_000) + " x";
    const list = Array.from({ length: 2_000 }, (_, i) => `${" ".repeat(i * 2)}- x`).join("\n");
    expect(() => bodyToDoc(quotes, "markdown")).toThrow(ImportError);
    expect(() => bodyToDoc(list, "markdown")).toThrow(ImportError);
  });

  it("still accepts reasonably deep Markdown lists and quotes", () => {
    const list = Array.from({ length: 40 }, (_, i) => `${" ".repeat(i * 2)}- level ${i}`).join("\n");
    const doc = bodyToDoc(`${list}\n\n${"> ".repeat(40)}quoted`, "markdown");
    expectValidDoc(doc);
    expect(plain(doc).split("\n")).toHaveLength(41);
  });
});
