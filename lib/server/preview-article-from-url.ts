import type { Actor } from "@/lib/domain/actor";
import { invalid } from "@/lib/domain/errors";
import { bodyToDoc, docToHtml } from "@/lib/import";
import { docToPlainText } from "@/lib/anchoring";
import { fetchUrlSchema, type FetchUrlInput } from "@/lib/validation/web";
import { parseInput } from "@/lib/validation/parse-once";
import { decodePage } from "@/lib/web/decode";
import { isHtml } from "@/lib/web/describe";
import { parseQueue, yieldToEventLoop } from "@/lib/web/queue";
import { extractReadable } from "@/lib/web/readable";
import { authorize } from "./support/authorize";
import { fetchWebPage } from "./support/fetch-web-page";
import type { ArticlePreview } from "@/lib/contracts/web";
export type { ArticlePreview };

/**
 * Reads the story on a web page for the editor to confirm. Nothing is stored: the editor
 * checks the preview and creates the article with the ordinary create-article call, which
 * sanitises the HTML again.
 */
export async function previewArticleFromUrl(actor: Actor, raw: FetchUrlInput, signal?: AbortSignal): Promise<ArticlePreview> {
  authorize(actor, "article.create");
  const { url } = parseInput(fetchUrlSchema, raw);
  const page = await fetchWebPage(url, signal);
  if (!isHtml(page)) throw invalid(`That link is a ${page.mediaType === "application/pdf" ? "PDF file" : "plain-text file"}, not a web page. Cite it as a source, or paste its text with New article.`, { url: "Not a web page." });
  const story = await parseQueue.run(async () => {
    await yieldToEventLoop();
    return extractReadable(decodePage(page), page.finalUrl);
  });
  if (!story) throw invalid("No article text was found on that page. It may need a sign-in or build its text with scripts; paste the text instead.", { url: "No article text found." });
  const doc = bodyToDoc(story.html, "html");
  const text = docToPlainText(doc);
  if (!text.trim()) throw invalid("No article text was found on that page; paste the text instead.", { url: "No article text found." });
  return {
    url: page.finalUrl,
    fetchedAt: page.fetchedAt.toISOString(),
    title: story.title ?? page.finalUrl,
    byline: story.author,
    publisher: story.publisher,
    publishedAt: story.publishedAt,
    html: docToHtml(doc),
    wordCount: text.split(/\s+/).filter(Boolean).length,
  };
}
