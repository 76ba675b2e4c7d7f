import { Marked } from "marked";
import { tooDeeplyNested } from "./errors";
import { IMPORT_LIMITS } from "./limits";
import { escapeHtml } from "./escape";

const FORMATTING_TAG = /^(?:<\/?(?:strong|em|b|i|u|s|del|code|sub|sup)>|<br\s*\/?>)$/i;

// A private instance: options or extensions another module registers on the global
// `marked` (marked.use) must not change how articles are imported.
const markdown = new Marked({
  async: false,
  gfm: true,
  // marked writes "<pre><code>" + text, and HTML parsing drops a newline right after
  // <pre>; double a leading one so a fenced block's first blank line survives.
  walkTokens(token) {
    if (token.type === "code" && token.text.startsWith("\n")) token.text = `\n${token.text}`;
    // marked leaves text after an inline <script> or <pre> unescaped ("raw block"); raw HTML is
    // shown as text here (renderer.html below), so no text is raw.
    if (token.type === "text" && "escaped" in token && token.escaped) token.escaped = false;
  },
  // Raw HTML inside Markdown is shown as the text it is, not interpreted (an HTML block would
  // otherwise swallow the lines after it and the sanitiser would then drop them, losing
  // words). Only bare formatting tags pass, the ones docToMarkdown writes for marks that
  // Markdown cannot express; the sanitiser still checks them.
  renderer: {
    html({ text, block }) {
      if (!block && FORMATTING_TAG.test(text)) return text;
      return block ? `<p>${escapeHtml(text.trim()).replace(/\n/g, "<br>")}</p>\n` : escapeHtml(text);
    },
  },
});

const LINE_PREFIX = /^[ \t>]*/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Cheap upper-bound estimate of quote/list nesting, checked before marked sees the text:
 * marked overflows the stack on a few thousand nested quotes and takes minutes on a
 * couple of thousand nested list levels. Each list level needs at least two columns.
 */
function assertReasonableNesting(md: string): void {
  const max = IMPORT_LIMITS.maxMarkdownNesting;
  for (const line of md.split("\n")) {
    const prefix = LINE_PREFIX.exec(line)?.[0] ?? "";
    if (prefix.length < 2) continue;
    let quotes = 0;
    let columns = 0;
    for (const ch of prefix) {
      if (ch === ">") quotes++;
      columns += ch === "\t" ? 4 : 1;
    }
    const listLevels = LIST_MARKER.test(line.slice(prefix.length)) ? columns / 2 : 0;
    if (quotes > max || listLevels > max) throw tooDeeplyNested();
  }
}

export function markdownToHtml(md: string): string {
  assertReasonableNesting(md);
  try {
    return markdown.parse(md, { async: false, gfm: true });
  } catch (error) {
    // Stack exhaustion on some other pathological shape: refuse it like over-nesting.
    if (error instanceof RangeError || /call stack/i.test(String(error))) throw tooDeeplyNested();
    throw error;
  }
}
