/**
 * What the projection needs to know about node types, without a ProseMirror schema.
 *
 * ProseMirror JSON omits `content` for empty nodes, so `{ type: "paragraph" }` (an
 * empty paragraph, size 2) and `{ type: "image" }` (a leaf, size 1) look alike. We
 * resolve that with lists of known types from Tiptap's StarterKit and common
 * extensions, plus two fallbacks for unknown types:
 *  - an unknown node without content is a leaf (atoms such as mentions are the
 *    common case; ProseMirror containers are rarely allowed to be empty);
 *  - an unknown node with text (or a hard break) among its children is a textblock.
 * Callers with custom node types can extend the lists through `ProjectionOptions`.
 */

/** Tiptap/ProseMirror JSON node. */
export type PMNode = {
  type: string;
  text?: string;
  content?: PMNode[];
  marks?: unknown[];
  attrs?: Record<string, unknown>;
};

export interface ProjectionOptions {
  /** Extra node types whose children are inline (like paragraph). */
  textblockTypes?: readonly string[];
  /** Extra non-leaf block types that may appear without `content` (like listItem). */
  containerTypes?: readonly string[];
  /** Extra leaf types that contribute "\n" (like hardBreak). */
  lineBreakTypes?: readonly string[];
}

const TEXTBLOCK_TYPES = ["paragraph", "heading", "codeBlock", "title"];
const CONTAINER_TYPES = [
  "doc",
  "blockquote",
  "bulletList",
  "orderedList",
  "listItem",
  "taskList",
  "taskItem",
  "table",
  "tableRow",
  "tableCell",
  "tableHeader",
  "details",
  "detailsSummary",
  "detailsContent",
];
const LINE_BREAK_TYPES = ["hardBreak"];

export interface ResolvedHints {
  lineBreakTypes: ReadonlySet<string>;
  isTextblock(node: PMNode): boolean;
  isLeaf(node: PMNode): boolean;
}

export function resolveHints(options: ProjectionOptions): ResolvedHints {
  const textblocks = new Set([...TEXTBLOCK_TYPES, ...(options.textblockTypes ?? [])]);
  const containers = new Set([...CONTAINER_TYPES, ...(options.containerTypes ?? [])]);
  const lineBreaks = new Set([...LINE_BREAK_TYPES, ...(options.lineBreakTypes ?? [])]);

  const isTextblock = (node: PMNode): boolean => {
    if (textblocks.has(node.type)) return true;
    if (containers.has(node.type) || node.type === "text") return false;
    const children = node.content ?? [];
    return children.some((c) => c.type === "text" || lineBreaks.has(c.type));
  };

  const isLeaf = (node: PMNode): boolean => {
    if (node.type === "text") return false;
    if (textblocks.has(node.type) || containers.has(node.type)) return false;
    return (node.content ?? []).length === 0;
  };

  return { lineBreakTypes: lineBreaks, isTextblock, isLeaf };
}
