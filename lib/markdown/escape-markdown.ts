/**
 * THE Markdown escaper: backslash-escapes Markdown syntax in literal text so it reads as
 * written (a claimant called `*Bob*` stays `*Bob*`). CommonMark lets any ASCII punctuation
 * be backslash-escaped, so over-escaping is harmless. Line-start markers (lists,
 * headings, quotes, numbered items) only mean something at the start of a line and are
 * escaped there. No-break spaces become `&nbsp;`: visible in the source, and a line
 * holding only one still counts as content.
 */
const SPECIAL = /[\\`*_[\]{}<>#|~&!]/g;

export function escapeMarkdown(value: string): string {
  return value
    .replace(SPECIAL, "\\$&")
    .replace(/^([ \t]*)([-+=>])/gm, "$1\\$2")
    .replace(/^([ \t]*\d{1,9})([.)])/gm, "$1\\$2")
    .replace(/\u00a0/g, "&nbsp;");
}
