import { PDFParse } from "pdf-parse";

/** The text layer of a PDF, as a reader's copy-paste or a screen reader would get it. */
export async function pdfText(data: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}
