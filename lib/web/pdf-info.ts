import { PDFParse } from "pdf-parse";

export interface PdfInfo {
  title: string | null;
  author: string | null;
  pageCount: number;
  text: string;
}

/** Title, author and page count from a PDF's Info dictionary, and its text layer. */
export async function readPdf(body: Buffer): Promise<PdfInfo> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    const info = await parser.getInfo();
    const text = await parser.getText();
    const dict = (info.info ?? {}) as Record<string, unknown>;
    const field = (key: string) => (typeof dict[key] === "string" && (dict[key] as string).trim() ? (dict[key] as string).trim() : null);
    return { title: field("Title"), author: field("Author"), pageCount: info.total, text: text.text.replace(/\n-- \d+ of \d+ --\n/g, "\n").trim() };
  } finally {
    await parser.destroy();
  }
}
