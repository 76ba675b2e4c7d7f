import { stripControlChars } from "./inline";
import { emptyParagraph } from "./sink";
import type { PMDoc, PMNode } from "./types";

/**
 * Plain text → one paragraph per non-empty line. Leading spaces are kept (they may be
 * meaningful indentation in a transcript); trailing ones are not, and blank lines only
 * separate paragraphs, so any run of them collapses. No marks: asterisks stay asterisks.
 */
export function textToParagraphs(body: string): PMDoc {
  const content: PMNode[] = [];
  for (const rawLine of normaliseNewlines(body).split("\n")) {
    const line = stripControlChars(rawLine).trimEnd();
    if (line) content.push({ type: "paragraph", content: [{ type: "text", text: line }] });
  }
  return { type: "doc", content: content.length ? content : [emptyParagraph()] };
}

/** CRLF and lone CR (old Mac exports) both become "\n"; a leading BOM is dropped. */
export function normaliseNewlines(body: string): string {
  return body.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
