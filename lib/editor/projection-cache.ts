import type { Node as PMNode } from "@tiptap/pm/model";
import { projectDocument, type PMNode as JsonNode, type Projection } from "@/lib/anchoring";

/**
 * The plain-text projection of an editor document, computed once per document. The
 * projection is built from the document's JSON with the same code the server uses, so the
 * offsets a claim stores and the positions the editor draws always agree. ProseMirror
 * documents are immutable, so the node itself is a safe cache key.
 */
const cache = new WeakMap<PMNode, Projection>();

export function projectionOf(doc: PMNode): Projection {
  let projection = cache.get(doc);
  if (!projection) {
    projection = projectDocument(doc.toJSON() as JsonNode);
    cache.set(doc, projection);
  }
  return projection;
}
