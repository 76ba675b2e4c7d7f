import { htmlToDoc } from "./html-to-doc";
import { markdownToHtml } from "./markdown-to-html";
import { normaliseNewlines, textToParagraphs } from "./text-to-doc";
import type { ImportFormat, PMDoc } from "./types";

/**
 * Converts an article body in any accepted format into a StarterKit document. Markdown
 * goes through HTML so that raw HTML embedded in it meets the same sanitiser.
 * Throws ImportError for pathologically nested HTML or Markdown.
 */
export function bodyToDoc(body: string, format: ImportFormat): PMDoc {
  const normalised = normaliseNewlines(body);
  switch (format) {
    case "text":
      return textToParagraphs(normalised);
    case "markdown":
      return htmlToDoc(markdownToHtml(normalised));
    case "html":
      return htmlToDoc(normalised);
    default: {
      const unreachable: never = format;
      throw new Error(`Unsupported import format: ${String(unreachable)}`);
    }
  }
}
