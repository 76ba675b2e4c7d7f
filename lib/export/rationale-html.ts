import { Marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";
import { escapeHtml, isHttpUrl } from "./escape";

/**
 * Rationales are Markdown written by editors. They are rendered in two locks:
 *  1. marked with a renderer that escapes raw HTML (so `<script>` shows as text instead
 *     of silently vanishing, and a reader sees what the editor typed) and turns images
 *     into plain links (the report must not load external resources);
 *  2. sanitize-html with a small allow-list, in case a marked upgrade or an unforeseen
 *     token ever lets markup through. Only http(s) links survive.
 */
const markdown = new Marked({ gfm: true, breaks: false, async: false });
markdown.use({
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag): string {
      const text = escapeHtml(token.text);
      // A block of raw HTML becomes a paragraph of visible text; inline HTML stays inline.
      return token.block ? `<p>${text.trim()}</p>\n` : text;
    },
    image({ href, text }: Tokens.Image): string {
      const label = escapeHtml(text || "image");
      return isHttpUrl(href) ? `<a href="${escapeHtml(href)}">[Image: ${label}]</a>` : `[Image: ${label}]`;
    },
  },
});

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "strong", "em", "del", "s", "code", "pre", "blockquote", "hr",
    "ul", "ol", "li", "a", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td",
  ],
  allowedAttributes: { a: ["href"], ol: ["start"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Rationale headings sit inside a claim entry (h3), so they are pushed below it.
  transformTags: { h1: "h4", h2: "h4", h3: "h4" },
  disallowedTagsMode: "escape",
};

function markdownHtml(rationale: string): string {
  return rationale.trim() ? markdown.parse(rationale, { async: false }) : "";
}

export function renderRationaleHtml(rationale: string): string {
  const html = markdownHtml(rationale);
  return html ? sanitizeHtml(html, SANITIZE_OPTIONS).trim() : "";
}

/**
 * Many rationales at once, for reports: sanitize-html has a high fixed cost per call, so
 * the rendered rationales go through it in one pass, each wrapped in a numbered
 * <section> that only this function can produce (editors' raw HTML never reaches the
 * sanitiser unescaped). The result is then cut back at those sections. Should the cut
 * not account for every byte, in order, it renders them one by one instead.
 */
const BATCH_OPTIONS: sanitizeHtml.IOptions = {
  ...SANITIZE_OPTIONS,
  allowedTags: [...(SANITIZE_OPTIONS.allowedTags || []), "section"],
  allowedAttributes: { ...SANITIZE_OPTIONS.allowedAttributes, section: ["data-r"] },
};

export function renderRationalesHtml(rationales: readonly string[]): string[] {
  const joined = rationales.map((r, i) => `<section data-r="${i}">${markdownHtml(r)}</section>`).join("");
  const cleaned = sanitizeHtml(joined, BATCH_OPTIONS);
  const parts: string[] = [];
  let covered = 0;
  for (const match of cleaned.matchAll(/<section data-r="(\d+)">([\s\S]*?)<\/section>/g)) {
    if (Number(match[1]) !== parts.length || match.index !== covered) break;
    parts.push(match[2].trim());
    covered += match[0].length;
  }
  if (parts.length === rationales.length && covered === cleaned.length) return parts;
  return rationales.map(renderRationaleHtml);
}
