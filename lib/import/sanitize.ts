import sanitize from "sanitize-html";
import { tooDeeplyNested } from "./errors";
import { IMPORT_LIMITS } from "./limits";
import { safeHref } from "./url";

/**
 * Allow-list HTML sanitiser for imported articles. Everything not listed is removed;
 * the tags a StarterKit document cannot represent are unwrapped so their text survives.
 * Links keep only an absolute http(s)/mailto href (see ./url); other links stay as an
 * inert, attribute-less <a>.
 *
 * Output may contain attribute-less <div>: layout containers (section, article, table
 * cells, …) are mapped to it so they still act as paragraph boundaries — otherwise
 * "<td>a</td><td>b</td>" would import as the single word "ab". A bare div carries no
 * behaviour or styling, so keeping it is safe.
 */

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];
const BLOCKS = ["p", "br", "ul", "ol", "li", "blockquote", "pre", "hr", "div"];
const INLINE = ["code", "strong", "b", "em", "i", "u", "s", "strike", "del", "a"];

const LAYOUT_CONTAINERS = [
  "section", "article", "main", "header", "footer", "aside", "nav", "figure",
  "figcaption", "address", "details", "summary", "center", "hgroup", "fieldset",
  "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "dl", "dt", "dd",
];

// Content of these is never article text: code, CSS, fallback markup, form values or
// foreign (SVG/MathML) markup. sanitize-html keeps the text of removed tags unless they
// are listed here, so `<script>alert(1)</script>` would otherwise leave "alert(1)".
const NON_TEXT_TAGS = [
  "script", "style", "textarea", "option", "select", "xmp", "noscript", "noembed",
  "noframes", "iframe", "object", "embed", "applet", "template", "title", "svg", "math",
  "button",
];

const ORDERED_LIST_TYPES = new Set(["1", "a", "A", "i", "I"]);
const LANGUAGE_CLASS = /^language-[A-Za-z0-9_+#.-]{1,40}$/;

const toDiv: sanitize.Transformer = () => ({ tagName: "div", attribs: {} });

const OPTIONS: sanitize.IOptions = {
  allowedTags: [...HEADINGS, ...BLOCKS, ...INLINE],
  allowedAttributes: { a: ["href"], ol: ["start", "type"], code: ["class"] },
  allowedClasses: { code: ["language-*"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: NON_TEXT_TAGS,
  nestingLimit: IMPORT_LIMITS.maxNestingDepth,
  transformTags: {
    ...Object.fromEntries(LAYOUT_CONTAINERS.map((tag) => [tag, toDiv])),
    // An unsafe or relative link loses its href: the reader keeps the text but nothing
    // clickable, and the importer emits no link mark for an href-less <a>. We cannot
    // rename it to a disallowed tag (span) to unwrap it: sanitize-html 2.17 then leaks
    // its rename map and closes the *next* sibling with </span>, producing broken markup.
    a: (_tag, attribs) => {
      const href = safeHref(attribs.href);
      const kept: Record<string, string> = href ? { href } : {};
      return { tagName: "a", attribs: kept };
    },
    ol: (_tag, attribs) => {
      const kept: Record<string, string> = {};
      if (attribs.start !== undefined && /^-?\d{1,9}$/.test(attribs.start.trim())) {
        kept.start = attribs.start.trim();
      }
      if (attribs.type !== undefined && ORDERED_LIST_TYPES.has(attribs.type)) kept.type = attribs.type;
      return { tagName: "ol", attribs: kept };
    },
    code: (_tag, attribs) => {
      const lang = (attribs.class ?? "").split(/\s+/).find((c) => LANGUAGE_CLASS.test(c));
      const kept: Record<string, string> = lang ? { class: lang } : {};
      return { tagName: "code", attribs: kept };
    },
  },
};

/**
 * Sanitises untrusted HTML down to the import allow-list (see module comment).
 * Throws ImportError when the parser's open-element depth passes
 * IMPORT_LIMITS.maxParseDepth: past that, parsing itself becomes the attack (see limits).
 */
export function sanitizeHtml(html: string): string {
  let depth = 0;
  return sanitize(html, {
    ...OPTIONS,
    // htmlparser2 reports implied and void-element closes too, so this tracks its stack.
    onOpenTag: () => {
      if (++depth > IMPORT_LIMITS.maxParseDepth) throw tooDeeplyNested();
    },
    onCloseTag: () => {
      depth--;
    },
  });
}
