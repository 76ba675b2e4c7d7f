import { STANCE_LABEL } from "@/lib/domain/verdicts";
import { markdownBlocksMany, type Block } from "@/lib/markdown";
import { markerLabel } from "./article-markers";
import { articleBlocks, type ArticleBlock, type ArticleRun } from "./article-blocks";
import { formatDate, formatDateTime } from "./dates";
import { safeLinkHref } from "@/lib/domain/link-safety";
import { resolvePdfFonts, type PdfFonts } from "./pdf-font";
import { COLORS, createPdf, PdfWriter } from "./pdf-writer";
import { markdownHeight, writeMarkdown } from "./pdf-markdown";
import { buildReport, draftNotice, reviewLine, summarySentence, teamLine, verdictText, type Report, type ReportClaim } from "./report";
import type { ExportInput, ExportOptions, ExportSource } from "./types";

/**
 * The report as a PDF drawn with pdfkit on the server. Same content as the HTML report.
 * In the article text each claim's words are underlined and enclosed in numbered
 * brackets, "[3 … 3]", where it starts and where it ends: overlapping highlights would
 * need per-glyph geometry in pdfkit, while brackets nest exactly and survive
 * black-and-white printing. Rationales are rendered Markdown (bold, italics, lists,
 * links), from the same renderer as the HTML report.
 */
export interface PdfRenderOptions {
  /** Override font discovery (tests pin the built-in font for machine-independent output). */
  fonts?: PdfFonts;
}

function header(w: PdfWriter, report: Report, options: ExportOptions): void {
  const { article } = report;
  w.write("FACT-CHECK REPORT", { size: 9, bold: true, color: COLORS.muted, gap: 4 });
  w.write(article.title, { size: 20, bold: true, gap: 6 });
  const meta = [article.publisher, article.byline ? `By ${article.byline}` : "", article.publishedAt ? `Published ${formatDate(article.publishedAt)}` : ""]
    .filter(Boolean).join(" · ");
  if (meta) w.write(meta, { size: 10, gap: 2 });
  if (article.url) {
    w.write("Original article: ", { size: 10, continued: true });
    w.write(article.url, { size: 10, color: safeLinkHref(article.url) ? COLORS.link : COLORS.text, link: article.url, gap: 2 });
  }
  w.write(`Checked by ${options.organisation.name} (${options.organisation.url}) · Report generated ${formatDateTime(options.generatedAt)}`, { size: 10, color: COLORS.muted, gap: 4 });
  if (report.draftCount > 0) w.write(`DRAFT: ${draftNotice(report.draftCount)}`, { size: 10, bold: true, gap: 4 });
}

function summary(w: PdfWriter, report: Report): void {
  w.space(0.5).write("Summary", { size: 14, bold: true, gap: 4 });
  w.write(summarySentence(report), { gap: 4 });
  for (const s of report.summary) {
    w.at().swatch(s.rating.color).write(`${s.rating.label} (${s.rating.letter}): ${s.count}`, { gap: 2 });
  }
  w.at();
}

function article(w: PdfWriter, report: Report): void {
  w.space(0.5).write("Article", { size: 14, bold: true, gap: 2 });
  w.write("Each claim is underlined between numbered brackets: [1 where it starts … 1] where it ends.", { size: 9, color: COLORS.muted, gap: 6 });
  for (const block of articleBlocks(report.article.doc, report.article.text, report.claims)) articleBlock(w, block, { indent: 0 });
}

/** Article headings by level, below the report's own section headings (14 pt). */
const HEADING_SIZE = [0, 13, 12.5, 11.5, 11, 10.5, 10];

interface BlockStyle {
  indent: number;
  quote?: boolean;
  /** "• " or "3. ": written before the first textblock of a list item. */
  bullet?: string;
}

/**
 * One block of the article in the PDF: headings larger and bold, list items indented behind
 * their bullet or number, block quotes indented in grey italics, links blue and underlined,
 * bold and italic kept. Claims keep their numbered brackets and underline.
 */
function articleBlock(w: PdfWriter, block: ArticleBlock, style: BlockStyle): void {
  switch (block.kind) {
    case "text": {
      const heading = block.type === "heading";
      const size = heading ? HEADING_SIZE[block.level] : block.type === "code" ? 9 : 10;
      const pieces: Array<{ text: string; bold?: boolean; oblique?: boolean; underline?: boolean; strike?: boolean; color?: string; link?: string }> = [];
      if (style.bullet) pieces.push({ text: style.bullet, bold: true });
      for (const run of block.runs) pieces.push(...runPieces(run, heading, style.quote ?? false));
      if (pieces.length === 0) return;
      if (heading) w.space(0.3).keepTogether(size * 4);
      w.at(style.indent);
      // Every piece but the block's last is "continued" so the block wraps as one paragraph.
      // pdfkit carries a continued run's style into the next unless told otherwise: every flag is explicit.
      pieces.forEach((p, i) => w.write(p.text, { size, bold: !!p.bold, oblique: !!p.oblique, underline: !!p.underline, strike: !!p.strike, color: p.color, link: p.link, indent: style.indent, continued: i < pieces.length - 1 }));
      w.at();
      w.space(heading ? 0.3 : 0.6);
      return;
    }
    case "quote":
      for (const child of block.children) articleBlock(w, child, { ...style, indent: style.indent + 18, bullet: undefined, quote: true });
      return;
    case "list":
      block.items.forEach((item, i) => {
        item.forEach((child, j) => articleBlock(w, child, { ...style, indent: style.indent + 16, bullet: j === 0 ? (block.ordered ? `${block.start + i}. ` : "• ") : undefined }));
      });
      return;
    case "rule":
      w.at().rule();
      return;
  }
}

function runPieces(run: ArticleRun, heading: boolean, quote: boolean) {
  const pieces: Array<{ text: string; bold?: boolean; oblique?: boolean; underline?: boolean; strike?: boolean; color?: string; link?: string }> = [];
  for (const claim of run.starting) pieces.push({ text: `[${markerLabel(claim)} `, bold: true, color: claim.rating.color });
  const link = run.marks.link && safeLinkHref(run.marks.link) ? run.marks.link : undefined;
  if (run.text) {
    pieces.push({
      text: run.text,
      bold: heading || run.marks.bold,
      oblique: quote || run.marks.italic,
      underline: run.covering.length > 0 || run.marks.underline,
      strike: run.marks.strike,
      color: link ? COLORS.link : quote ? COLORS.muted : undefined,
      link,
    });
  }
  for (const claim of run.ending) pieces.push({ text: ` ${markerLabel(claim)}]`, bold: true, color: claim.rating.color });
  return pieces;
}

function sourceLines(s: ExportSource, index: number): Array<{ text: string; link?: string; muted?: boolean }> {
  const details = [s.publisher, STANCE_LABEL[s.stance], s.accessedAt ? `accessed ${formatDate(s.accessedAt)}` : ""].filter(Boolean).join(" · ");
  const lines: Array<{ text: string; link?: string; muted?: boolean }> = [
    { text: `${index + 1}. ${s.title || s.url} — ${details}` },
    { text: s.url, link: s.url, muted: true },
  ];
  if (s.archiveUrl) lines.push({ text: `Archive: ${s.archiveUrl}`, link: s.archiveUrl, muted: true });
  if (s.excerpt) lines.push({ text: `“${s.excerpt}”`, muted: true });
  return lines;
}

function claimFields(c: ReportClaim, internal: boolean): Array<[string, string]> {
  const meta = c.rating;
  const fields: Array<[string, string]> = [];
  if (c.claimant) fields.push(["Claimant", c.claimant]);
  if (c.normalized) fields.push(["Claim", c.normalized]);
  fields.push(
    ["Verdict", `${meta.label} (${meta.letter}): ${meta.description}`],
    ["Review", reviewLine(c, internal)],
    ...(internal ? [["Team", teamLine(c)] as [string, string]] : []),
    ["Dates", `created ${formatDateTime(c.createdAt)}; updated ${formatDateTime(c.updatedAt)}`],
  );
  return fields;
}

interface ClaimParts {
  title: string;
  quote: string;
  fields: Array<[string, string]>;
  rationale: Block[];
  sources: ReturnType<typeof sourceLines>;
}

function claimParts(c: ReportClaim, internal: boolean, rationale: Block[]): ClaimParts {
  return {
    title: `Claim ${c.number}: ${verdictText(c.rating)}${c.draft ? " · DRAFT" : ""}`,
    quote: `“${c.exact}”`,
    fields: claimFields(c, internal),
    rationale,
    sources: c.sources.flatMap(sourceLines),
  };
}

/** Estimated height of a claim entry, so an entry that fits on one page starts on one. */
function claimHeight(w: PdfWriter, c: ReportClaim, p: ClaimParts): number {
  return w.measure(p.title, { size: 12, bold: true }) + w.measure(p.quote, { indent: 12 })
    + p.fields.reduce((h, [k, v]) => h + w.measure(`${k}: ${v}`), 0)
    + (p.rationale.length ? markdownHeight(w, p.rationale) + 14 : 0)
    + p.sources.reduce((h, s) => h + w.measure(s.text, { size: 9, indent: 12 }), 0) + 40;
}

function claim(w: PdfWriter, c: ReportClaim, p: ClaimParts, height: number): void {
  const { title, quote, fields, sources } = p;
  w.keepTogether(height).at().space(0.4);
  w.swatch(c.rating.color).write(title, { size: 12, bold: true, gap: 4 }).at();
  if (c.anchorStatus === "orphan") {
    w.write("This claim could not be located in the current version of the article text.", { size: 9, color: COLORS.muted, gap: 2 });
  }
  w.at(12).write(quote, { indent: 12, oblique: true, gap: 4 }).at();
  for (const [key, value] of fields) {
    w.write(`${key}: `, { bold: true, continued: true }).write(value, { gap: 1 });
  }
  if (p.rationale.length) {
    w.space(0.3).write("Rationale", { bold: true, gap: 2 });
    writeMarkdown(w, p.rationale);
  }
  if (sources.length) {
    w.space(0.3).write("Sources", { bold: true, gap: 2 }).at(12);
    for (const line of sources) {
      w.write(line.text, { size: 9, indent: 12, link: line.link, color: line.muted ? COLORS.muted : COLORS.text, gap: 1 });
    }
  }
  w.at().space(0.3).rule();
}

export async function renderPdf(input: ExportInput, options: ExportOptions, pdfOptions: PdfRenderOptions = {}): Promise<Buffer> {
  const report = buildReport(input, options);
  const generated = new Date(options.generatedAt);
  // Fixed dates make the file a pure function of its input (pdfkit derives the file ID from them).
  const { doc, finish } = createPdf({
    Title: `Fact-check: ${report.article.title}`,
    Author: options.organisation.name,
    Subject: report.article.url ?? report.article.title,
    Creator: "Factdesk",
    Producer: "Factdesk (pdfkit)",
    CreationDate: generated,
    ModDate: generated,
  });
  const w = new PdfWriter(doc, pdfOptions.fonts ?? resolvePdfFonts());
  header(w, report, options);
  summary(w, report);
  article(w, report);
  const rationales = markdownBlocksMany(report.claims.map((c) => c.rationale));
  const entries = report.claims.map((c, i) => ({ c, parts: claimParts(c, report.internal, rationales[i]) }));
  const heights = entries.map(({ c, parts }) => claimHeight(w, c, parts));
  // The "Claims" heading moves with the first entry rather than ending a page alone.
  w.keepTogether((heights[0] ?? 0) + 40).space(0.5).write("Claims", { size: 14, bold: true, gap: 4 });
  if (entries.length === 0) w.write("No claims.");
  entries.forEach(({ c, parts }, i) => claim(w, c, parts, heights[i]));
  w.space(1).write(`Generated by Factdesk for ${options.organisation.name} on ${formatDateTime(options.generatedAt)}.`, { size: 8, color: COLORS.muted });
  return finish();
}
