import { describe, expect, it } from "vitest";
import { docToPlainText, type PMNode } from "@/lib/anchoring";
import { articleBlocks } from "@/lib/export/article-blocks";
import { renderHtml } from "@/lib/export/html";
import { renderPdf } from "@/lib/export/pdf";
import type { ExportInput } from "@/lib/export/types";
import { SAMPLE_INPUT, SAMPLE_OPTIONS } from "@/tests/fixtures/export/sample-input";

/** An HTML-imported article: heading, paragraph with a link and bold, a list, a block quote. */
const t = (text: string, marks?: PMNode["marks"]): PMNode => ({ type: "text", text, ...(marks ? { marks } : {}) });
const DOC: PMNode = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [t("Budget claims")] },
    { type: "paragraph", content: [t("The minister said "), t("taxes fell", [{ type: "bold" }]), t(" (see "), t("the report", [{ type: "link", attrs: { href: "https://example.org/report" } }]), t(").")] },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [t("Schools got 3% more")] }] }, { type: "listItem", content: [{ type: "paragraph", content: [t("Roads got less")] }] }] },
    { type: "blockquote", content: [{ type: "paragraph", content: [t("We kept every promise.")] }] },
  ],
};
const TEXT = docToPlainText(DOC);
const claimAt = (exact: string, number: number) => {
  const start = TEXT.indexOf(exact);
  return { ...SAMPLE_INPUT.claims.find((c) => c.reviewState === "approved")!, id: `c${number}`, exact, start, end: start + exact.length, anchorStatus: "anchored" as const };
};
const input: ExportInput = {
  article: { ...SAMPLE_INPUT.article, text: TEXT, doc: DOC },
  claims: [claimAt("taxes fell (see the report)", 1), claimAt("Schools got 3% more\nRoads", 2), claimAt("We kept every promise.", 3)],
};

describe("the article keeps its structure in the reports (issue 11 §4)", () => {
  it("blocks follow the document: heading, paragraph, list of two items, quote", () => {
    const blocks = articleBlocks(DOC, TEXT, []);
    expect(blocks.map((b) => b.kind)).toEqual(["text", "text", "list", "quote"]);
    expect(blocks[0]).toMatchObject({ type: "heading", level: 2 });
  });

  it("HTML: headings, lists, quotes, links and bold, with claim marks inside and references after", () => {
    const html = renderHtml(input, SAMPLE_OPTIONS);
    // The article's top heading level becomes h3, under the report's h2 sections (axe heading-order).
    expect(html).toContain(`<h3 class="a-h">Budget claims</h3>`);
    expect(html).toContain(`<strong><mark class="d1" title="Claim 1">taxes fell</mark></strong>`);
    // The link keeps its own element; the claim's reference follows the claim's last word, outside it.
    expect(html).toContain(`<a class="ext" href="https://example.org/report"><mark class="d1" title="Claim 1">the report</mark></a><mark class="d1" title="Claim 1">)</mark><sup class="ref">[<a href="#claim-1" id="ref-1">1</a>]</sup>.</p>`);
    expect(html).toMatch(/<ul>\n<li><p><mark class="d1" title="Claim 2">Schools got 3% more<\/mark><\/p><\/li>\n<li><p><mark class="d1" title="Claim 2">Roads<\/mark><sup class="ref">\[<a href="#claim-2" id="ref-2">2<\/a>\]<\/sup> got less<\/p><\/li>\n<\/ul>/);
    expect(html).toContain(`<blockquote class="a-quote">\n<p><mark class="d1" title="Claim 3">We kept every promise.</mark>`);
    expect(html).toContain("<main>");
  });

  it("falls back to plain paragraphs when the document does not project to the stored text", () => {
    const blocks = articleBlocks(DOC, "Other words\nentirely", []);
    expect(blocks.every((b) => b.kind === "text" && b.type === "paragraph")).toBe(true);
  });

  it("PDF renders the structured article", async () => {
    const pdf = await renderPdf(input, SAMPLE_OPTIONS);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
