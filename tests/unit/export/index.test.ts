import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, exportFileName, renderExport, slugify } from "@/lib/export";
import { SAMPLE_INPUT, SAMPLE_OPTIONS } from "@/tests/fixtures/export/sample-input";

describe("renderExport", () => {
  it.each(EXPORT_FORMATS)("renders %s with a content type and a dated file name", async (format) => {
    const result = await renderExport(format, SAMPLE_INPUT, SAMPLE_OPTIONS);
    expect(result.body.length).toBeGreaterThan(100);
    expect(result.contentType).toMatch(/^(text|application)\//);
    expect(result.fileName).toMatch(/^factdesk-putin-slams-bidens-refusal-to-hold-online-talks-as-missed-2021-04-20\.[a-z.]+$/);
    expect(typeof result.body === "string").toBe(format !== "pdf");
  });

  it("names files after the title and the export date", () => {
    expect(exportFileName("markdown", "Zoë’s “Report”: 100% true?", "2024-12-31T23:59:00Z")).toBe("factdesk-zoes-report-100-true-2024-12-31.md");
    expect(exportFileName("claimreview", "!!!", "2024-01-02T00:00:00Z")).toBe("factdesk-article-2024-01-02.claimreview.jsonld");
    expect(slugify("a".repeat(80))).toHaveLength(60);
  });
});
