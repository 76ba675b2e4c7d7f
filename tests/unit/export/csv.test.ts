import { describe, expect, it } from "vitest";
import { CSV_BOM, CSV_COLUMNS, neutraliseFormula, quoteCsvField, renderCsv } from "@/lib/export/csv";
import { parseCsv, parseCsvRecords } from "@/lib/export/csv-parse";
import { filterClaims } from "@/lib/export/report";
import { HOSTILE_FORMULA, HOSTILE_SCRIPT, SAMPLE_INPUT, WITH_DRAFTS } from "@/tests/fixtures/export/sample-input";

const csv = renderCsv(SAMPLE_INPUT, WITH_DRAFTS);
const records = parseCsvRecords(csv);

describe("CSV export", () => {
  it("starts with a BOM and the header row, and ends every record with CRLF", () => {
    expect(csv.startsWith(CSV_BOM + CSV_COLUMNS.join(",") + "\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("reads back to the same claims, one row each, in document order", () => {
    const claims = filterClaims(SAMPLE_INPUT, WITH_DRAFTS);
    expect(records).toHaveLength(claims.length);
    records.forEach((row, i) => {
      const claim = claims[i];
      expect(row.number).toBe(String(i + 1));
      expect(row.quote).toBe(claim.exact);
      expect(row.verdict).toBe(claim.verdict);
      expect(row.review_state).toBe(claim.reviewState);
      expect(row.draft).toBe(String(claim.reviewState !== "approved"));
      expect(row.start).toBe(String(claim.start));
      expect(row.end).toBe(String(claim.end));
      expect(row.source_urls.split("\n").filter(Boolean)).toEqual(claim.sources.map((s) => s.url));
    });
  });

  it("keeps commas, quotes and line breaks inside fields", () => {
    const disputed = records.find((r) => r.verdict === "disputed");
    expect(disputed?.rationale).toContain("framing.\n\n- Russia recalled its ambassador");
    expect(records.find((r) => r.verdict === "misleading")?.claimant).toBe(HOSTILE_SCRIPT);
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const row = records.find((r) => r.verdict === "false");
    expect(row?.claimant).toBe(`'${HOSTILE_FORMULA}`);
    expect(row?.rationale.startsWith(`'${HOSTILE_FORMULA}`)).toBe(true);
    for (const record of records) {
      for (const value of Object.values(record)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "a=1"].map(neutraliseFormula))
      .toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "'\r=1", "a=1"]);
  });

  it("quotes by RFC 4180", () => {
    expect(quoteCsvField("plain")).toBe("plain");
    expect(quoteCsvField('say "hi", then\r\ngo')).toBe('"say ""hi"", then\r\ngo"');
    expect(parseCsv('a,"b ""c"", d"\r\n"e\nf",\r\n')).toEqual([["a", 'b "c", d'], ["e\nf", ""]]);
  });

  it("exports approved claims only by default", () => {
    const approvedOnly = parseCsvRecords(renderCsv(SAMPLE_INPUT, { ...WITH_DRAFTS, includeDrafts: false }));
    expect(approvedOnly.map((r) => r.review_state)).toEqual(["approved", "approved", "approved", "approved"]);
    expect(approvedOnly.every((r) => r.draft === "false")).toBe(true);
  });
});
