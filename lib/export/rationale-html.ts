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

export function renderRationaleHtml(rationale: string): string {
  if (!rationale.trim()) return "";
  const html = markdown.parse(rationale, { async: false });
  return sanitizeHtml(html, SANITIZE_OPTIONS).trim();
}
