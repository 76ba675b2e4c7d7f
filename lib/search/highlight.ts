/**
 * Matched words come back from FTS5's highlight()/snippet() wrapped in two control
 * characters that cannot be typed into a form field. Here the text is HTML-escaped first
 * and only then are the markers turned into <mark> tags, so nothing from the database is
 * ever interpreted as HTML. Stray or nested markers (a stored text that contained one)
 * are ignored: the output always has balanced tags.
 */

export const HIGHLIGHT_OPEN = "\u0002";
export const HIGHLIGHT_CLOSE = "\u0003";

import { escapeHtml } from "@/lib/export/escape";

/** Escaped HTML in which only the matched words are wrapped in <mark>. */
export function highlightToHtml(marked: string): string {
  let out = "";
  let open = false;
  let run = "";
  const flush = () => {
    out += escapeHtml(run);
    run = "";
  };
  for (const ch of marked) {
    if (ch === HIGHLIGHT_OPEN) {
      if (open) continue;
      flush();
      out += "<mark>";
      open = true;
    } else if (ch === HIGHLIGHT_CLOSE) {
      if (!open) continue;
      flush();
      out += "</mark>";
      open = false;
    } else {
      run += ch;
    }
  }
  flush();
  return open ? out + "</mark>" : out;
}

/** The same text without markers, e.g. for a title attribute or a plain-text export. */
export function stripHighlight(marked: string): string {
  return marked.split(HIGHLIGHT_OPEN).join("").split(HIGHLIGHT_CLOSE).join("");
}
