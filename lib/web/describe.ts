import { decodePage } from "./decode";
import { parsePageHtml } from "./html-document";
import { extractMetadata, type PageMetadata } from "./metadata";
import { readPdf } from "./pdf-info";
import { readableText } from "./readable";
import type { FetchedPage } from "./safe-fetch";

export interface SourceDescription extends PageMetadata {
  url: string;
  finalUrl: string;
  mediaType: string;
  /** PDFs only. */
  pageCount: number | null;
}

export function isHtml(page: Pick<FetchedPage, "mediaType">): boolean {
  return page.mediaType === "text/html" || page.mediaType === "application/xhtml+xml";
}

/** A citation for a fetched page or PDF (the fields of the "add a source" form). */
export async function describeFetchedPage(page: FetchedPage): Promise<SourceDescription> {
  const base = { url: page.requestedUrl, finalUrl: page.finalUrl, mediaType: page.mediaType };
  if (page.mediaType === "application/pdf") {
    const pdf = await readPdf(page.body);
    return { ...base, title: pdf.title ?? fileName(page.finalUrl), author: pdf.author, publisher: hostOf(page.finalUrl), publishedAt: null, pageCount: pdf.pageCount };
  }
  if (isHtml(page)) {
    return { ...base, ...extractMetadata(parsePageHtml(decodePage(page), page.finalUrl), page.finalUrl), pageCount: null };
  }
  return { ...base, title: fileName(page.finalUrl), author: null, publisher: hostOf(page.finalUrl), publishedAt: null, pageCount: null };
}

/** The readable text and title stored with an archived copy. */
export async function archiveTextOf(page: FetchedPage): Promise<{ title: string | null; text: string }> {
  if (page.mediaType === "application/pdf") {
    const pdf = await readPdf(page.body);
    return { title: pdf.title, text: pdf.text };
  }
  const decoded = decodePage(page);
  return isHtml(page) ? readableText(decoded, page.finalUrl) : { title: null, text: decoded };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

function fileName(url: string): string | null {
  try {
    const last = decodeURIComponent(new URL(url).pathname.split("/").filter(Boolean).pop() ?? "");
    return last || hostOf(url);
  } catch {
    return null;
  }
}
