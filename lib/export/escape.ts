/**
 * THE HTML escaper of Factdesk (exports, views, search snippets, the Markdown renderer).
 * Every string that came from a user (titles, names, quotes, URLs) goes through it before
 * it is placed in markup. Links are decided by lib/domain/link-safety; Markdown escaping
 * is lib/markdown's escapeMarkdown.
 */

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Collapses newlines and runs of whitespace for one-line contexts (table cells, list items). */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}
