import { Readability } from "@mozilla/readability";
import { parsePageHtml } from "./html-document";
import { extractMetadata, type PageMetadata } from "./metadata";

export interface ReadableArticle extends PageMetadata {
  /** The story's HTML as Readability extracted it (headings, lists, quotes, links). */
  html: string;
  text: string;
  excerpt: string | null;
}

/**
 * The story on a web page without its furniture (navigation, ads, share bars, related links),
 * using Mozilla's Readability — the extractor behind Firefox's Reader View — on a linkedom DOM.
 * Returns null when the page has no article-like content. Page metadata fills in what
 * Readability leaves out (publisher, date) and wins for the title when the page states it.
 */
export function extractReadable(html: string, pageUrl: string): ReadableArticle | null {
  const metaDoc = parsePageHtml(html, pageUrl);
  const meta = extractMetadata(metaDoc, pageUrl);
  // A bare <title> usually carries the site name ("Story | Paper"); Readability trims it.
  const titleIsTitleTag = meta.title === clean(metaDoc.querySelector("title")?.textContent);
  // Readability rewrites the DOM it reads, so it gets its own copy.
  const parsed = new Readability(parsePageHtml(html, pageUrl), { charThreshold: 200, keepClasses: false }).parse();
  if (!parsed || !parsed.content || !(parsed.textContent ?? "").trim()) return null;
  return {
    title: (titleIsTitleTag ? clean(parsed.title) : meta.title) ?? meta.title,
    author: meta.author ?? clean(parsed.byline),
    publisher: clean(parsed.siteName) ?? meta.publisher,
    publishedAt: meta.publishedAt ?? isoDay(parsed.publishedTime),
    html: parsed.content,
    text: (parsed.textContent ?? "").replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim(),
    excerpt: clean(parsed.excerpt),
  };
}

/** Readable text for an archived copy: the story when there is one, else the page's visible text. */
export function readableText(html: string, pageUrl: string): { title: string | null; text: string } {
  const article = extractReadable(html, pageUrl);
  if (article) return { title: article.title, text: article.text };
  const doc = parsePageHtml(html, pageUrl);
  for (const el of Array.from(doc.querySelectorAll("script, style, noscript, template"))) el.remove();
  return { title: clean(doc.querySelector("title")?.textContent), text: (doc.body?.textContent ?? "").replace(/\s+/g, " ").trim() };
}

function clean(value: string | null | undefined): string | null {
  const v = (value ?? "").replace(/\s+/g, " ").trim();
  return v === "" ? null : v;
}

function isoDay(value: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? "");
  return m ? m[1] : null;
}
