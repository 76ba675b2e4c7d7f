import { DEFAULT_RATING_SCALE, verdictDisplay } from "@/lib/domain/rating-scale";
import { describe, expect, it } from "vitest";
import { renderHtml } from "@/lib/export/html";
import { renderArticleHtml } from "@/lib/export/html-article";
import { renderMarkdown as renderRationaleHtml, renderMarkdownMany as renderRationalesHtml } from "@/lib/markdown";
import type { ExportInput } from "@/lib/export/types";
import { HOSTILE_SCRIPT, SAMPLE_INPUT, SAMPLE_OPTIONS, WITH_DRAFTS } from "@/tests/fixtures/export/sample-input";

const html = renderHtml(SAMPLE_INPUT, WITH_DRAFTS);
/** Every start tag in the document, e.g. `<a class="ext" href="...">`. Escaped text has no "<". */
const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];

describe("HTML report: safety", () => {
  it("contains no script element and no event-handler attribute", () => {
    expect(html).not.toMatch(/<script/i);
    expect(tags.filter((t) => /\son[a-z]+\s*=/i.test(t))).toEqual([]);
  });

  it("loads nothing from outside: no src attributes, no stylesheet links, no url() or @import", () => {
    expect(tags.filter((t) => /\ssrc\s*=/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /^<(link|img|iframe|object|embed|video|audio|source)\b/i.test(t))).toEqual([]);
    expect(html).not.toMatch(/url\(|@import/i);
  });

  it("shows hostile text escaped, as the reader typed it", () => {
    expect(html).toContain("<dd>&lt;script&gt;alert(1)&lt;/script&gt;</dd>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("Authority &lt;b&gt;&amp;&lt;/b&gt; more");
  });

  it("links only http(s) URLs; javascript: stays inert text", () => {
    const hrefs = tags.flatMap((t) => [...t.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|#)/);
    expect(html).toContain(`<span class="url">javascript:alert(&#39;archive&#39;)</span>`);
    expect(html).toContain("<a>click me</a>");
  });

  it("blocks scripts and resource loads with a Content-Security-Policy as a second lock", () => {
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it("escapes the title in <title> and <h1>", () => {
    const input: ExportInput = { ...SAMPLE_INPUT, article: { ...SAMPLE_INPUT.article, title: `</title>${HOSTILE_SCRIPT}` } };
    const out = renderHtml(input, SAMPLE_OPTIONS);
    expect(out).toContain("<title>Fact-check: &lt;/title&gt;&lt;script&gt;");
    expect(out).not.toMatch(/<script/i);
  });
});

describe("HTML report: rationale Markdown", () => {
  it("renders Markdown formatting", () => {
    expect(renderRationaleHtml("**bold** and *it*\n\n- a\n- b")).toBe("<p><strong>bold</strong> and <em>it</em></p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>");
  });

  it("never lets raw HTML, javascript: links or images through", () => {
    const out = renderRationaleHtml(
      `<iframe src="https://evil.example"></iframe>\n\nSee [x](javascript:alert(1)), ![p](https://evil.example/p.png) and <a href="javascript:x" onclick="y">z</a>`,
    );
    const outTags = out.match(/<[a-zA-Z][^>]*>/g) ?? [];
    expect(outTags).toEqual(["<p>", "<p>", "<a>", `<a href="https://evil.example/p.png">`]);
    expect(out).toContain("&lt;iframe src=");
    expect(out).toContain("[Image: p]");
  });
});

describe("HTML report: content", () => {
  it("highlights overlapping claims segment by segment, darker where they overlap", () => {
    expect(html).toContain(`<mark class="d2" title="Claims 1, 2">‘missed opportunity’</mark><sup class="ref">[<a href="#claim-1" id="ref-1">1</a>]</sup>`);
    expect(html).toContain(`<mark class="d2" title="Claims 4, 5">its placing of bounties on US troops serving in Afghanistan</mark>`);
  });

  it("gives each verdict in words and letter, not colour alone", () => {
    expect(html).toContain(`<span class="letter" aria-hidden="true">F</span>False</span>`);
    expect(html).toContain("<dd>False (F): Contradicted by the evidence</dd>");
  });

  it("has print rules: no background dependence, claims kept whole, link URLs shown", () => {
    expect(html).toContain("@media print");
    expect(html).toMatch(/\.claim\{[^}]*break-inside:avoid/);
    expect(html).toMatch(/mark,mark\.d2,mark\.d3\{background:none/);
    expect(html).toContain(`content:" <" attr(href) ">"`);
  });

  it("gives readers the approval date without naming staff", () => {
    expect(html).toContain("Reviewed and approved on 23 March 2021, 12:00 UTC");
    expect(html).not.toContain("Rhea Reviewer");
    expect(html).not.toMatch(/Created by|Assigned to/i);
  });

  it("names the reviewer and the team in an internal report", () => {
    const internal = renderHtml(SAMPLE_INPUT, { ...WITH_DRAFTS, audience: "internal" });
    expect(internal).toContain("Approved by Rhea Reviewer on 23 March 2021, 12:00 UTC");
    expect(internal).toMatch(/created by /);
  });
});

describe("HTML report: edge cases", () => {
  it("lists an orphaned claim with a note but no highlight", () => {
    const input: ExportInput = {
      ...SAMPLE_INPUT,
      claims: SAMPLE_INPUT.claims.map((c) => (c.id === "clm_refusal" ? { ...c, anchorStatus: "orphan" as const } : c)),
    };
    const out = renderHtml(input, SAMPLE_OPTIONS);
    expect(out).toContain("This claim could not be located in the current version of the article text.");
    expect(out).not.toContain(`id="ref-1"`);
    expect(out).toContain(`<mark class="d1" title="Claim 2">‘missed opportunity’ as relations`);
  });

  it("says so when there is nothing approved to report", () => {
    const input: ExportInput = { ...SAMPLE_INPUT, claims: SAMPLE_INPUT.claims.filter((c) => c.reviewState !== "approved") };
    const out = renderHtml(input, SAMPLE_OPTIONS);
    expect(out).toContain("<p>No approved claims.</p>");
    expect(out).not.toContain("<mark");
  });
});

describe("renderArticleHtml", () => {
  const claim = (number: number, start: number, end: number, draft = false) =>
    ({ ...SAMPLE_INPUT.claims[0], number, start, end, draft, rating: verdictDisplay(DEFAULT_RATING_SCALE, SAMPLE_INPUT.claims[0].verdict) });

  it("closes and reopens a highlight that spans paragraphs, referencing it where it ends", () => {
    expect(renderArticleHtml("one two\nthree four", [claim(1, 4, 13)])).toBe(
      `<p>one <mark class="d1" title="Claim 1">two</mark></p>\n<p><mark class="d1" title="Claim 1">three</mark><sup class="ref">[<a href="#claim-1" id="ref-1">1</a>]</sup> four</p>`,
    );
  });

  it("keeps the reference on the quoted line when a span ends with the line break", () => {
    expect(renderArticleHtml("one\ntwo", [claim(1, 0, 4, true)])).toBe(
      `<p><mark class="d1" title="Claim 1">one</mark><sup class="ref">[<a href="#claim-1" id="ref-1">1 draft</a>]</sup></p>\n<p>two</p>`,
    );
  });
});

describe("renderRationalesHtml", () => {
  it("renders a batch exactly as one by one, even with hostile or broken Markdown", () => {
    const rationales = [
      ...SAMPLE_INPUT.claims.map((c) => c.rationale),
      "",
      "<section data-r=\"0\">fake</section> </section>",
      "<div><p>unclosed <em>tags",
      "```\n<script>x</script>\n```",
      "| a | b |\n| - | - |\n| 1 | 2 |",
    ];
    expect(renderRationalesHtml(rationales)).toEqual(rationales.map(renderRationaleHtml));
  });
});
