import type { Block, InlineRun } from "@/lib/markdown";
import { COLORS, type PdfWriter, type WriteOptions } from "./pdf-writer";

/**
 * Draws rendered Markdown (lib/markdown's blocks: the same structure the HTML report
 * shows) into the PDF: bold, italics, strike-through, code, links (only those that passed
 * the link rule, underlined and clickable), headings, lists and quotes.
 */
const LIST_INDENT = 14;

function writeRuns(w: PdfWriter, runs: readonly InlineRun[], base: WriteOptions): void {
  runs.forEach((run, i) => {
    w.write(run.text, {
      ...base,
      bold: base.bold || run.bold,
      oblique: run.italic || base.oblique,
      strike: run.strike,
      link: run.href,
      color: run.href ? COLORS.link : run.code ? COLORS.muted : base.color,
      continued: i < runs.length - 1,
    });
  });
}

function blockHeight(w: PdfWriter, blocks: readonly Block[], indent: number): number {
  return blocks.reduce((h, b) => {
    switch (b.kind) {
      case "paragraph": case "heading": return h + w.measure(b.runs.map((r) => r.text).join(""), { indent }) + 2;
      case "code": return h + w.measure(b.text, { indent: indent + LIST_INDENT }) + 2;
      case "quote": return h + blockHeight(w, b.blocks, indent + LIST_INDENT);
      case "list": return h + b.items.reduce((ih, item) => ih + blockHeight(w, item, indent + LIST_INDENT), 0);
      case "rule": return h + 8;
    }
  }, 0);
}

/** Rough height for keep-together decisions (see PdfWriter.measure). */
export function markdownHeight(w: PdfWriter, blocks: readonly Block[]): number {
  return blockHeight(w, blocks, 0);
}

export function writeMarkdown(w: PdfWriter, blocks: readonly Block[], indent = 0, base: WriteOptions = {}): void {
  for (const block of blocks) {
    w.at(indent);
    const opts: WriteOptions = { ...base, indent, gap: 3 };
    switch (block.kind) {
      case "paragraph":
        writeRuns(w, block.runs, opts);
        break;
      case "heading":
        writeRuns(w, block.runs, { ...opts, bold: true });
        break;
      case "code":
        w.at(indent + LIST_INDENT).write(block.text, { ...opts, indent: indent + LIST_INDENT, color: COLORS.muted });
        break;
      case "quote":
        writeMarkdown(w, block.blocks, indent + LIST_INDENT, { ...base, color: COLORS.muted });
        break;
      case "rule":
        w.rule();
        break;
      case "list":
        block.items.forEach((item, i) => {
          const marker = block.ordered ? `${block.start + i}.` : "•";
          const [first, ...rest] = item;
          w.at(indent).write(`${marker} `, { ...opts, continued: first?.kind === "paragraph" });
          if (first?.kind === "paragraph") {
            writeRuns(w, first.runs, { ...opts, indent });
            writeMarkdown(w, rest, indent + LIST_INDENT, base);
          } else {
            writeMarkdown(w, item, indent + LIST_INDENT, base);
          }
        });
        break;
    }
  }
  w.at(indent);
}
