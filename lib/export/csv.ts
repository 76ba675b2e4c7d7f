import { markdownToPlainText } from "@/lib/markdown";
import { buildReport, type ReportClaim } from "./report";
import type { ExportInput, ExportOptions } from "./types";

/**
 * One row per claim, RFC 4180: CRLF line endings, a header row, fields quoted when they
 * contain a comma, quote, CR or LF, quotes doubled.
 *
 * The file starts with a UTF-8 byte order mark: Excel on Windows otherwise guesses a
 * legacy code page and garbles curly quotes and accents. Most other tools (pandas,
 * LibreOffice, csv modules) skip the BOM; strip it if yours does not.
 *
 * Verdicts and review states are the stable keys ("false", "needs_review"), not labels,
 * so filters and scripts keep working if a label is reworded. The rationale is plain text
 * (its Markdown rendered by the app's one renderer, links as "text (url)"). The staff
 * columns stay in place but are empty unless the export is an internal report.
 */
export const CSV_BOM = "\uFEFF";

export const CSV_COLUMNS = [
  "number", "quote", "verdict", "verdict_label", "review_state", "claimant", "normalized_claim", "rationale",
  "source_urls", "assignee", "created_by", "created_at", "updated_at", "approved_by",
  "approved_at", "draft", "start", "end",
] as const;

type Column = (typeof CSV_COLUMNS)[number];

function row(c: ReportClaim, internal: boolean): Record<Column, string> {
  return {
    number: String(c.number),
    quote: c.exact,
    verdict: c.verdict,
    verdict_label: c.rating.label,
    review_state: c.reviewState,
    claimant: c.claimant ?? "",
    normalized_claim: c.normalized ?? "",
    rationale: markdownToPlainText(c.rationale),
    // Newline-separated so each URL sits on its own line inside the spreadsheet cell.
    source_urls: c.sources.map((s) => s.url).join("\n"),
    assignee: internal ? c.assignee?.name ?? "" : "",
    created_by: internal ? c.createdBy.name : "",
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    approved_by: internal ? c.approvedBy?.name ?? "" : "",
    approved_at: c.approvedAt ?? "",
    draft: c.draft ? "true" : "false",
    start: String(c.start),
    end: String(c.end),
  };
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR that hides one) as a
 * formula: a claimant named =HYPERLINK("http://evil") would become a live link. A leading
 * apostrophe makes the cell text (OWASP "CSV injection" advice). Our own numeric columns
 * are never negative, so no real number is altered.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function line(values: readonly string[]): string {
  return values.map((v) => quoteCsvField(neutraliseFormula(v))).join(",");
}

export function renderCsv(input: ExportInput, options: ExportOptions): string {
  const report = buildReport(input, options);
  const lines = [line(CSV_COLUMNS), ...report.claims.map((c) => {
    const values = row(c, report.internal);
    return line(CSV_COLUMNS.map((col) => values[col]));
  })];
  return CSV_BOM + lines.join("\r\n") + "\r\n";
}
