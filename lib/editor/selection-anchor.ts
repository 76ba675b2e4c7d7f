import type { Node as PMNode } from "@tiptap/pm/model";
import { buildAnchor, posRangeToTextRange, type Anchor } from "@/lib/anchoring";
import { QUOTE_MAX } from "@/lib/validation/claim";
import { projectionOf } from "./projection-cache";

export type SelectionAnchor =
  | { ok: true; anchor: Anchor }
  | { ok: false; reason: "empty" | "whitespace" | "too_long"; message: string };

const WHITESPACE = /\s/;

/**
 * Turns an editor selection (ProseMirror positions) into the stand-off anchor a claim
 * stores. Whitespace at either end is dropped: a dragged selection often catches the space
 * after a sentence, and the claim is the words, not the gap.
 */
export function anchorForSelection(doc: PMNode, from: number, to: number): SelectionAnchor {
  if (from === to) {
    return { ok: false, reason: "empty", message: "Nothing is selected. Select the words of the claim first, then mark them." };
  }
  const projection = projectionOf(doc);
  const text = projection.text;
  let { start, end } = posRangeToTextRange(projection, Math.min(from, to), Math.max(from, to));
  while (start < end && WHITESPACE.test(text[start])) start++;
  while (end > start && WHITESPACE.test(text[end - 1])) end--;
  if (end <= start) {
    return { ok: false, reason: "whitespace", message: "The selection is only spaces or line breaks, so there is nothing to mark. Select the words of the claim." };
  }
  if (end - start > QUOTE_MAX) {
    return { ok: false, reason: "too_long", message: `The selection is ${(end - start).toLocaleString("en-US")} characters long; a claim is limited to ${QUOTE_MAX.toLocaleString("en-US")}. Select a shorter passage.` };
  }
  return { ok: true, anchor: buildAnchor(text, start, end) };
}
