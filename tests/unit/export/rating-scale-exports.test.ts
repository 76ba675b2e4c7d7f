import { describe, expect, it } from "vitest";
import { RATING_SCALE_PRESETS, type RatingScale } from "@/lib/domain/rating-scale";
import { renderCsv } from "@/lib/export/csv";
import { renderHtml } from "@/lib/export/html";
import { renderMarkdown } from "@/lib/export/markdown";
import { renderPdf } from "@/lib/export/pdf";
import { buildReport } from "@/lib/export/report";
import type { ExportInput } from "@/lib/export/types";
import { SAMPLE_INPUT, SAMPLE_OPTIONS } from "@/tests/fixtures/export/sample-input";

/** The sample article re-rated on the three-point scale, as a newsroom that switched would have it. */
const THREE: RatingScale = RATING_SCALE_PRESETS["three-point"];
const RERATED: Record<string, string> = { verified: "true", disputed: "misleading", unverifiable: "misleading" };
const input: ExportInput = { ...SAMPLE_INPUT, claims: SAMPLE_INPUT.claims.map((c) => ({ ...c, verdict: RERATED[c.verdict] ?? c.verdict })) };
const options = { ...SAMPLE_OPTIONS, ratingScale: THREE };

describe("exports speak the newsroom's rating scale", () => {
  it("summarises in the scale's order with its words and letters", () => {
    const summary = buildReport(input, options).summary;
    const keys = THREE.labels.map((l) => l.key);
    expect(summary.map((s) => s.verdict)).toEqual(keys.filter((k) => summary.some((s) => s.verdict === k)));
    for (const s of summary) expect(s.rating.label).toBe(THREE.labels.find((l) => l.key === s.verdict)?.label);
  });

  it("HTML: labels, letters and the scale's colours; none of the default words", () => {
    const html = renderHtml(input, options);
    expect(html).toContain(`<span class="letter" aria-hidden="true">T</span>True</span>`);
    expect(html).toContain(".v-true{--verdict:#15803d}");
    expect(html).not.toMatch(/Verified|Unverifiable|Disputed/);
  });

  it("Markdown and CSV carry the scale's labels", () => {
    const md = renderMarkdown(input, options);
    expect(md).toMatch(/### Claim \d+: True \(T\)/);
    expect(md).toContain("| True (T) |");
    const csv = renderCsv(input, options);
    expect(csv.split("\r\n")[0]).toContain("verdict,verdict_label,");
    expect(csv).toContain(",true,True,");
  });

  it("PDF draws with the scale (it renders without an unknown verdict)", async () => {
    const pdf = await renderPdf(input, options);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("without a scale, the default five verdicts (the demo) are unchanged", () => {
    const html = renderHtml(SAMPLE_INPUT, SAMPLE_OPTIONS);
    expect(html).toContain(".v-verified{--verdict:#16a34a}");
    expect(html).toContain("False</span>");
  });
});
