/**
 * Article import/export: untrusted text, Markdown or HTML in, a StarterKit (Tiptap)
 * document out, and back to HTML/Markdown for display and export. Pure: no DOM, no I/O.
 * The plain-text projection used for anchoring lives in lib/anchoring, not here.
 */
export { bodyToDoc } from "./body-to-doc";
export { ImportError } from "./errors";
export { markdownToHtml } from "./markdown-to-html";
export { detectFormat } from "./detect-format";
export { docToHtml } from "./doc-to-html";
export { docToMarkdown } from "./doc-to-markdown";
export { IMPORT_LIMITS } from "./limits";
export { LINK_DEFAULT_ATTRS } from "./marks";
export { sanitizeHtml } from "./sanitize";
export { safeHref } from "./url";
export type { ImportFormat, PMDoc, PMMark, PMNode } from "./types";
