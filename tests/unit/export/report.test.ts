import { describe, expect, it } from "vitest";
import { articleParagraphs } from "@/lib/export/article-markers";
import { buildReport, filterClaims } from "@/lib/export/report";
import { splitIntoSegments } from "@/lib/export/segments";
import { SAMPLE_INPUT, SAMPLE_OPTIONS, WITH_DRAFTS } from "@/tests/fixtures/export/sample-input";

describe("filterClaims", () => {
  it("keeps approved claims only by default, numbered in document order", () => {
    const claims = filterClaims(SAMPLE_INPUT, SAMPLE_OPTIONS);
    expect(claims.map((c) => [c.number, c.id, c.draft])).toEqual([
      [1, "clm_refusal", false],
      [2, "clm_deteriorate", false],
      [3, "clm_solarwinds", false],
      [4, "clm_bounties", false],
    ]);
  });

  it("with includeDrafts keeps every claim and flags the unapproved ones", () => {
    const claims = filterClaims(SAMPLE_INPUT, WITH_DRAFTS);
    expect(claims.map((c) => [c.number, c.id, c.draft])).toEqual([
      [1, "clm_refusal", false],
      [2, "clm_deteriorate", false],
      [3, "clm_denial", true],
      [4, "clm_solarwinds", false],
      [5, "clm_bounties", false],
    ]);
  });

  it("summarises verdicts of the included claims", () => {
    expect(buildReport(SAMPLE_INPUT, SAMPLE_OPTIONS).summary.map((s) => [s.verdict, s.count]))
      .toEqual([["verified", 1], ["disputed", 1], ["misleading", 1], ["false", 1]]);
    expect(buildReport(SAMPLE_INPUT, WITH_DRAFTS).draftCount).toBe(1);
  });
});

describe("splitIntoSegments", () => {
  it("cuts at every boundary and lists the claims covering each piece", () => {
    const segments = splitIntoSegments("abcdefgh", [
      { number: 1, start: 1, end: 5 },
      { number: 2, start: 3, end: 7 },
      { number: 3, start: 3, end: 4 },
    ]);
    expect(segments.map((s) => [s.text, s.covering, s.ending])).toEqual([
      ["a", [], []],
      ["bc", [1], []],
      ["d", [1, 2, 3], [3]],
      ["e", [1, 2], [1]],
      ["fg", [2], [2]],
      ["h", [], []],
    ]);
  });
});

describe("articleParagraphs", () => {
  it("puts each claim's marker after its span, paragraphs split on newlines", () => {
    const paragraphs = articleParagraphs(SAMPLE_INPUT.article.text, filterClaims(SAMPLE_INPUT, SAMPLE_OPTIONS));
    expect(paragraphs).toHaveLength(5);
    const last = paragraphs[4];
    const lastWords = (text: string) => text.trim().split(" ").slice(-2).join(" ");
    expect(last.map((r) => [lastWords(r.text), r.ending.map((c) => c.number)])).toEqual([
      ["hack and", []],
      ["in Afghanistan", [3, 4]],
      ["has denied.", []],
    ]);
  });

  it("skips orphaned claims in the text", () => {
    const claims = filterClaims(SAMPLE_INPUT, SAMPLE_OPTIONS).map((c) => ({ ...c, anchorStatus: "orphan" as const }));
    expect(articleParagraphs(SAMPLE_INPUT.article.text, claims).flat().every((r) => r.ending.length === 0)).toBe(true);
  });
});
