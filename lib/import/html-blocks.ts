import type { BlockSink } from "./sink";
import { stripControlChars } from "./inline";
import { emptyParagraph, paragraph } from "./sink";
import type { PMNode } from "./types";

/** Finishing the two block conversions with structural rules of their own: lists and <pre>. */

/**
 * StarterKit's listItem must start with a paragraph. A leading heading is demoted (its
 * text is what matters); anything else gets an empty paragraph in front, which is also
 * what the editor itself does when such HTML is pasted.
 */
function toListItem(blocks: PMNode[]): PMNode | null {
  if (!blocks.length) return null;
  const [first, ...rest] = blocks;
  if (first.type === "paragraph") return { type: "listItem", content: blocks };
  if (first.type === "heading") return { type: "listItem", content: [paragraph(first.content ?? []), ...rest] };
  return { type: "listItem", content: [emptyParagraph(), ...blocks] };
}

function orderedListAttrs(attribs: Record<string, string>): Record<string, unknown> {
  const start = /^-?\d{1,9}$/.test(attribs.start ?? "") ? Number(attribs.start) : 1;
  const type = ["1", "a", "A", "i", "I"].includes(attribs.type ?? "") ? attribs.type : null;
  return { start, type };
}

/** A list from its items' sinks; empty items are dropped, and an empty list is null. */
export function listFrom(tag: string, attribs: Record<string, string>, items: readonly BlockSink[]): PMNode | null {
  const content = items.map((item) => toListItem(item.finish())).filter((n): n is PMNode => n !== null);
  if (!content.length) return null;
  return tag === "ol"
    ? { type: "orderedList", attrs: orderedListAttrs(attribs), content }
    : { type: "bulletList", content };
}

/** Block elements inside <pre> (invalid, but pasted HTML has them) start a new line. */
export const NEWLINE_IN_PRE = new Set(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol"]);

/** Same rule as Tiptap's CodeBlock: a "language-*" class on the first child element. */
export function languageFromClass(cls: string | undefined): string | null {
  const found = cls?.split(/\s+/).find((c) => c.startsWith("language-"));
  return found ? found.slice("language-".length) : null;
}

/** <pre> text → codeBlock, whitespace kept verbatim, no marks (codeBlock allows none). */
export function codeBlockFrom(raw: string, language: string | null): PMNode | null {
  const text = stripControlChars(raw)
    .replace(/^\n/, "") // the HTML parser rule: a newline right after <pre> is not content
    .replace(/\n+$/, ""); // Markdown renderers end every fence with "\n"
  if (!/\S/.test(text)) return null;
  return { type: "codeBlock", attrs: { language }, content: [{ type: "text", text }] };
}
