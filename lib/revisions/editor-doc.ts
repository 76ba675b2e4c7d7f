/**
 * Checking a document posted from the editor's "Edit text" mode. The browser is not
 * trusted: the JSON must be a valid StarterKit document (the schema the editor and the
 * importer use), links may only point at http(s) or mailto addresses, and the stored form
 * is ProseMirror's own serialisation (unknown attributes dropped, defaults filled in).
 */
import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import type { Schema } from "@tiptap/pm/model";
import { safeHref } from "@/lib/import";
import { IMPORT_LIMITS } from "@/lib/import";
import type { PMDoc } from "@/lib/import";

export class EditorDocError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EditorDocError";
  }
}

let cached: Schema | null = null;
/** Built once: building the schema costs a few milliseconds. */
export function starterKitSchema(): Schema {
  cached ??= getSchema([StarterKit]);
  return cached;
}

type JsonNode = { type?: unknown; content?: unknown; marks?: unknown; attrs?: unknown; text?: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Copies the JSON, removing unsafe links and clamping heading levels; throws on nesting bombs. */
function clean(node: unknown, depth: number): unknown {
  if (depth > IMPORT_LIMITS.maxNestingDepth) {
    throw new EditorDocError(`The document is nested more than ${IMPORT_LIMITS.maxNestingDepth} levels deep.`);
  }
  if (!isObject(node)) return node;
  const n = node as JsonNode;
  const out: Record<string, unknown> = { ...node };
  if (Array.isArray(n.content)) out.content = n.content.map((child) => clean(child, depth + 1));
  if (Array.isArray(n.marks)) {
    out.marks = n.marks.flatMap((mark: unknown) => {
      if (!isObject(mark) || mark.type !== "link") return [mark];
      const attrs = isObject(mark.attrs) ? mark.attrs : {};
      const href = safeHref(typeof attrs.href === "string" ? attrs.href : null);
      // An unsafe link keeps its words and loses the link.
      return href ? [{ type: "link", attrs: { href } }] : [];
    });
  }
  if (n.type === "heading" && isObject(n.attrs)) {
    const level = Number(n.attrs.level);
    out.attrs = { ...n.attrs, level: Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : 1 };
  }
  return out;
}

/** The validated, normalised document, or an EditorDocError saying what is wrong. */
export function parseEditorDoc(json: unknown): PMDoc {
  if (!isObject(json) || json.type !== "doc") throw new EditorDocError('The document must be a Tiptap JSON object of type "doc".');
  const cleaned = clean(json, 0);
  const schema = starterKitSchema();
  try {
    const node = schema.nodeFromJSON(cleaned);
    node.check();
    return node.toJSON() as PMDoc;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new EditorDocError(`The document is not valid for the editor (${detail}).`);
  }
}
