import { Marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";
import { safeLinkHref } from "@/lib/domain/link-safety";
import { escapeHtml } from "@/lib/export/escape";

/**
 * THE Markdown → HTML renderer for text people write in Factdesk (rationales, comments,
 * and any future Markdown field). It runs on the server only; the browser receives the
 * HTML it produces. Two locks:
 *  1. marked with a renderer that escapes raw HTML (so `<script>` shows as text instead
 *     of silently vanishing, and a reader sees what the editor typed) and turns images
 *     into plain links (nothing loads external resources);
 *  2. sanitize-html with a small allow-list, in case a marked upgrade or an unforeseen
 *     token ever lets markup through. Links keep their href only when it passes the one
 *     link rule (lib/domain/link-safety); otherwise the text stays, unlinked.
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
      const safe = safeLinkHref(href);
      return safe ? `<a href="${escapeHtml(safe)}">[Image: ${label}]</a>` : `[Image: ${label}]`;
    },
  },
});

const ALLOWED_TAGS = [
  "p", "br", "strong", "em", "del", "s", "code", "pre", "blockquote", "hr",
  "ul", "ol", "li", "a", "h4", "h5", "h6",
  "table", "thead", "tbody", "tr", "th", "td",
];

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ["href"], ol: ["start"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  transformTags: {
    // Rendered text sits under a page's own headings (a claim entry is an h3), so its
    // headings are pushed below them.
    h1: "h4", h2: "h4", h3: "h4",
    a: (_tag, attribs) => {
      const href = safeLinkHref(attribs.href);
      const kept: Record<string, string> = href ? { href } : {};
      return { tagName: "a", attribs: kept };
    },
  },
  disallowedTagsMode: "escape",
};

function markdownHtml(source: string): string {
  return source.trim() ? markdown.parse(source, { async: false }) : "";
}

/** Markdown → HTML that is safe to insert into any page (see the module comment). */
export function renderMarkdown(source: string): string {
  const html = markdownHtml(source);
  return html ? sanitizeHtml(html, SANITIZE_OPTIONS).trim() : "";
}

/**
 * Many texts at once, for reports: sanitize-html has a high fixed cost per call, so the
 * rendered texts go through it in one pass, each wrapped in a numbered <section> that
 * only this function can produce (raw HTML in the Markdown never reaches the sanitiser
 * unescaped). The result is then cut back at those sections. Should the cut not account
 * for every byte, in order, it renders them one by one instead.
 */
const BATCH_OPTIONS: sanitizeHtml.IOptions = {
  ...SANITIZE_OPTIONS,
  allowedTags: [...ALLOWED_TAGS, "section"],
  allowedAttributes: { ...SANITIZE_OPTIONS.allowedAttributes, section: ["data-r"] },
};

export function renderMarkdownMany(sources: readonly string[]): string[] {
  const joined = sources.map((s, i) => `<section data-r="${i}">${markdownHtml(s)}</section>`).join("");
  const cleaned = sanitizeHtml(joined, BATCH_OPTIONS);
  const parts: string[] = [];
  let covered = 0;
  for (const match of cleaned.matchAll(/<section data-r="(\d+)">([\s\S]*?)<\/section>/g)) {
    if (Number(match[1]) !== parts.length || match.index !== covered) break;
    parts.push(match[2].trim());
    covered += match[0].length;
  }
  if (parts.length === sources.length && covered === cleaned.length) return parts;
  return sources.map(renderMarkdown);
}
