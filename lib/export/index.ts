import { renderClaimReview } from "./claimreview";
import { renderCsv } from "./csv";
import { exportFileName } from "./file-name";
import { renderHtml } from "./html";
import { renderJson } from "./json";
import { renderMarkdown } from "./markdown";
import { renderPdf } from "./pdf";
import type { ExportFormat, ExportInput, ExportOptions } from "./types";
import { renderW3c } from "./w3c";

/**
 * The one entry point routes use: pick a format, get the bytes, the Content-Type and a
 * download file name. Every exporter is a pure function of (input, options); only the PDF
 * is asynchronous (pdfkit streams) and reads a font file from disk.
 */
export interface RenderedExport {
  body: string | Buffer;
  contentType: string;
  fileName: string;
}

export const CONTENT_TYPE: Record<ExportFormat, string> = {
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  markdown: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
  // The media type the Web Annotation Protocol uses for annotation documents.
  w3c: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
};

async function renderBody(format: ExportFormat, input: ExportInput, options: ExportOptions): Promise<string | Buffer> {
  switch (format) {
    case "html": return renderHtml(input, options);
    case "pdf": return renderPdf(input, options);
    case "markdown": return renderMarkdown(input, options);
    case "csv": return renderCsv(input, options);
    case "json": return renderJson(input, options);
    case "claimreview": return renderClaimReview(input, options);
    case "w3c": return renderW3c(input, options);
  }
}

export async function renderExport(format: ExportFormat, input: ExportInput, options: ExportOptions): Promise<RenderedExport> {
  return {
    body: await renderBody(format, input, options),
    contentType: CONTENT_TYPE[format],
    fileName: exportFileName(format, input.article.title, options.generatedAt),
  };
}

export { filterClaims, isDraft, type ReportClaim } from "./report";
export { exportFileName, slugify } from "./file-name";
export { parseFactdeskJson, factdeskDocumentSchema, FACTDESK_FORMAT, type FactdeskDocument } from "./factdesk-schema";
export { buildFactdeskDocument } from "./json";
export { buildClaimReviews } from "./claimreview";
export { buildAnnotationCollection } from "./w3c";
export { parseCsv, parseCsvRecords } from "./csv-parse";
export { EXPORT_FORMATS, type ExportFormat, type ExportInput, type ExportOptions } from "./types";
