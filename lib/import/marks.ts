import type { PMMark } from "./types";

/**
 * Mark-set rules of the StarterKit schema, reimplemented so this library needs no
 * ProseMirror runtime. Tests check the result against the real schema.
 */

/**
 * Link attributes exactly as Tiptap's Link (configured by StarterKit) fills them when it
 * parses an <a href> itself: the schema defaults. Emitting them explicitly keeps an
 * imported document identical to `schema.nodeFromJSON(doc).toJSON()`, so re-saving an
 * untouched import from the editor does not register as a change.
 */
export const LINK_DEFAULT_ATTRS = {
  target: "_blank",
  rel: "noopener noreferrer nofollow",
  class: null,
  title: null,
} as const;

// Schema rank order (Link has priority 1000, then StarterKit's registration order).
// ProseMirror keeps mark sets sorted by rank; we emit them in the same order.
const RANK: Record<string, number> = { link: 0, bold: 1, code: 2, italic: 3, strike: 4, underline: 5 };

export type MarkSet = readonly PMMark[];
export const NO_MARKS: MarkSet = [];

export function linkMark(href: string): PMMark {
  return { type: "link", attrs: { href, ...LINK_DEFAULT_ATTRS } };
}

/**
 * Adds a mark the way ProseMirror's `Mark.addToSet` does for this schema: the code mark
 * excludes every other mark (so inside code, bold/link are dropped; applying code drops
 * the others), and a nested link replaces the outer one.
 */
export function addMark(set: MarkSet, mark: PMMark): MarkSet {
  if (set.some((m) => m.type === "code")) return set;
  if (mark.type === "code") return [mark];
  const others = set.filter((m) => m.type !== mark.type);
  return [...others, mark].sort((a, b) => (RANK[a.type] ?? 99) - (RANK[b.type] ?? 99));
}

export function sameMarks(a: MarkSet | undefined, b: MarkSet | undefined): boolean {
  const x = a ?? NO_MARKS;
  const y = b ?? NO_MARKS;
  if (x.length !== y.length) return false;
  return x.every((m, i) => m.type === y[i].type && JSON.stringify(m.attrs) === JSON.stringify(y[i].attrs));
}
