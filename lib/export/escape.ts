/**
 * Escaping shared by the exporters. Every string that came from a user (titles, names,
 * quotes, URLs) goes through one of these before it is placed in markup.
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

/**
 * Only http(s) URLs become links: anything else (javascript:, data:, relative paths,
 * garbage) is shown as text, so a hostile source URL can never run code in the report.
 */
export function isHttpUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Backslash-escapes Markdown syntax in user text so a claimant called `*Bob*` stays
 * literal. CommonMark lets any ASCII punctuation be backslash-escaped, so over-escaping
 * is harmless; line-start markers (lists, headings, quotes) get escaped separately
 * because they only mean something there.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\\`*_[\]{}<>#|~&!]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([-+=>])/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/gm, "$1\\$2");
}

/** Collapses newlines and runs of whitespace for one-line contexts (table cells, list items). */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}
