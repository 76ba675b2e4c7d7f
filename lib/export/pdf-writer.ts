import PDFDocument from "pdfkit";
import { stripControls, toWinAnsi, type PdfFonts } from "./pdf-font";
import { layoutPieces, type HasGlyph, type TextPiece } from "./pdf-text-runs";
import { safeLinkHref } from "@/lib/domain/link-safety";

/**
 * A thin layer over pdfkit that every piece of report text goes through: it cleans text
 * for the chosen font, switches weights, and keeps blocks together across pages.
 */
export const COLORS = { text: "#111111", muted: "#555555", link: "#0b4f9c", rule: "#bbbbbb" } as const;

export interface WriteOptions {
  size?: number;
  bold?: boolean;
  color?: string;
  indent?: number;
  gap?: number;
  continued?: boolean;
  link?: string | null;
  oblique?: boolean;
  underline?: boolean;
  strike?: boolean;
}

/** The internals of pdfkit's embedded font that tell whether a glyph exists (fontkit's font). */
interface WithFontkit {
  _font?: { font?: { hasGlyphForCodePoint?: (codePoint: number) => boolean } };
}

const COVERAGE = new Map<string | Buffer, HasGlyph>();

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly builtin: boolean;
  private readonly regular: string;
  private readonly bold: string;
  private readonly chainFiles: Array<string | Buffer>;
  private chain: HasGlyph[] | null = null;

  constructor(doc: PDFKit.PDFDocument, fonts: PdfFonts) {
    this.doc = doc;
    this.builtin = fonts.kind === "builtin";
    if (fonts.kind === "builtin" && typeof fonts.regular === "string" && typeof fonts.bold === "string") {
      // Standard fonts are used by their own names: pdfkit 0.20 never caches a standard
      // font under an alias (registerFont), so an alias re-parses its metrics on every
      // font switch, which made a 2,000-claim report take 20 s instead of 2.
      this.regular = fonts.regular;
      this.bold = fonts.bold;
    } else {
      doc.registerFont("body", fonts.regular);
      doc.registerFont("body-bold", fonts.bold);
      this.regular = "body";
      this.bold = "body-bold";
    }
    const fallbacks = fonts.kind === "embedded" ? fonts.fallbacks ?? [] : [];
    fallbacks.forEach((f, i) => {
      doc.registerFont(`fallback-${i + 1}`, f.regular);
      doc.registerFont(`fallback-${i + 1}-bold`, f.bold);
    });
    this.chainFiles = [fonts.regular, ...fallbacks.map((f) => f.regular)];
  }

  private fontName(index: number, bold: boolean): string {
    if (index === 0) return bold ? this.bold : this.regular;
    return bold ? `fallback-${index}-bold` : `fallback-${index}`;
  }

  /**
   * Glyph coverage of each font of the chain. Read once per process and font file (a
   * fallback font is megabytes; selecting it in every document would also embed it in
   * every PDF), then only used when a piece of text needs it.
   */
  private fontChain(): HasGlyph[] {
    if (!this.chain) {
      this.chain = this.chainFiles.map((file, i) => {
        let has = COVERAGE.get(file);
        if (!has) {
          this.doc.font(this.fontName(i, false));
          const font = (this.doc as unknown as WithFontkit)._font?.font;
          has = font?.hasGlyphForCodePoint ? (cp: number) => font.hasGlyphForCodePoint!(cp) : () => i === 0;
          COVERAGE.set(file, has);
        }
        return has;
      });
    }
    return this.chain;
  }

  /** The text split into pieces per font and in visual order (see pdf-text-runs). */
  private pieces(text: string): TextPiece[] {
    const clean = this.clean(text);
    return this.builtin ? [{ text: clean, font: 0 }] : layoutPieces(clean, this.fontChain());
  }

  clean(text: string): string {
    const stripped = stripControls(text);
    return this.builtin ? toWinAnsi(stripped) : stripped;
  }

  private style(o: WriteOptions): void {
    this.doc.font(o.bold ? this.bold : this.regular).fontSize(o.size ?? 10).fillColor(o.color ?? COLORS.text);
  }

  /**
   * Writes one run of text; `continued` runs share a line-wrapped paragraph. A run that
   * needs several fonts (or right-to-left ordering) is drawn as continued pieces.
   */
  write(text: string, o: WriteOptions = {}): this {
    const link = safeLinkHref(o.link) ?? undefined;
    const pieces = this.pieces(text);
    pieces.forEach((piece, i) => {
      this.style(o);
      if (piece.font !== 0 || pieces.length > 1) this.doc.font(this.fontName(piece.font, Boolean(o.bold)));
      this.doc.text(piece.text, {
        continued: i < pieces.length - 1 ? true : o.continued ?? false,
        indent: 0,
        paragraphGap: o.gap ?? 0,
        lineGap: 1.5,
        link,
        underline: Boolean(link) || Boolean(o.underline),
        strike: Boolean(o.strike),
        oblique: o.oblique,
        ...(o.indent ? { width: this.width - o.indent } : {}),
      });
    });
    return this;
  }

  /** Moves the cursor to x (left margin + indent) before a block. */
  at(indent = 0): this {
    this.doc.x = this.doc.page.margins.left + indent;
    return this;
  }

  space(lines = 0.5): this {
    this.doc.moveDown(lines);
    return this;
  }

  get width(): number {
    const { page } = this.doc;
    return page.width - page.margins.left - page.margins.right;
  }

  /**
   * Roughly how tall a block of text will be, for keep-together decisions only. Estimated
   * from character counts (average glyph ≈ 0.5 em) instead of pdfkit's heightOfString,
   * which lays the text out a second time and made long reports ~30% slower; being a few
   * lines off only moves a page break slightly.
   */
  measure(text: string, o: WriteOptions = {}): number {
    const size = o.size ?? 10;
    const charsPerLine = Math.max(1, Math.floor((this.width - (o.indent ?? 0)) / (size * 0.5)));
    let lines = 0;
    for (const line of text.split("\n")) lines += Math.max(1, Math.ceil(line.length / charsPerLine));
    return lines * (size * 1.2 + 1.5);
  }

  /**
   * Starts a new page when fewer than `height` points remain, so a block that fits on a
   * page is not cut in two. Blocks taller than a page are split where pdfkit must.
   */
  keepTogether(height: number): this {
    const { page } = this.doc;
    const bottom = page.height - page.margins.bottom;
    const pageRoom = bottom - page.margins.top;
    if (this.doc.y + Math.min(height, pageRoom) > bottom) this.doc.addPage();
    return this;
  }

  rule(): this {
    const { doc } = this;
    const y = doc.y + 2;
    doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.margins.left + this.width, y).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    doc.y = y + 6;
    return this;
  }

  /** A small square in the verdict colour before a label; the label carries the meaning. */
  swatch(color: string): this {
    const { doc } = this;
    doc.rect(doc.x, doc.y + 1.5, 8, 8).fill(color);
    doc.x += 12;
    return this;
  }
}

/**
 * Creates the document and starts collecting its output at once, so no chunk pdfkit
 * emits while the report is drawn can be missed.
 */
export function createPdf(info: PDFKit.DocumentInfo): { doc: PDFKit.PDFDocument; finish: () => Promise<Buffer> } {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info,
    lang: "en",
    displayTitle: true,
    compress: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return {
    doc,
    finish: () => {
      doc.end();
      return done;
    },
  };
}
