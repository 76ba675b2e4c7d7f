/**
 * JSON shapes of a Tiptap/ProseMirror document as stored for an article. They mirror
 * `Node.toJSON()` so a stored body can be fed straight to `schema.nodeFromJSON`.
 */

export interface PMMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface PMNode {
  type: string;
  text?: string;
  content?: PMNode[];
  marks?: PMMark[];
  attrs?: Record<string, unknown>;
}

export interface PMDoc {
  type: "doc";
  content: PMNode[];
}

export type ImportFormat = "text" | "markdown" | "html";
