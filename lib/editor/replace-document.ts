import type { Editor } from "@tiptap/core";
import { claimHighlightsKey, type ClaimHighlightsMeta } from "./claim-highlights-key";
import { allowDocChange } from "./read-only-text";

/**
 * Replaces the whole article document (a new revision arrived, or an edit was cancelled)
 * through the read-only guard, outside the undo history. The claims drawn for the old text
 * are cleared in the same transaction: their offsets belong to the old text, so the caller
 * draws the claims of the new one afterwards (`setClaimHighlights`).
 */
export function replaceDocument(editor: Editor, json: unknown): void {
  const node = editor.schema.nodeFromJSON(json as Record<string, unknown>);
  const { state } = editor;
  const tr = state.tr.replaceWith(0, state.doc.content.size, node.content);
  allowDocChange(tr);
  tr.setMeta("addToHistory", false);
  tr.setMeta("preventUpdate", true);
  tr.setMeta(claimHighlightsKey, { type: "setClaims", claims: [] } satisfies ClaimHighlightsMeta);
  editor.view.dispatch(tr);
}
