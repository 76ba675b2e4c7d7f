import { sanitizedHtmlToDoc } from "./html-converter";
import { sanitizeHtml } from "./sanitize";
import type { PMDoc } from "./types";

/**
 * HTML → StarterKit document. Input always goes through the allow-list sanitiser first,
 * so the converter only has to understand the allowed tags; anything else it meets is
 * treated as a transparent wrapper.
 */
export function htmlToDoc(html: string): PMDoc {
  return sanitizedHtmlToDoc(sanitizeHtml(html));
}
