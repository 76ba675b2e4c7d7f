/**
 * Re-anchoring every claim of an article after its text changed (a new
 * ArticleRevision). Claims are never dropped: each comes back either placed, with
 * a fresh anchor, or as an orphan with a reason an editor can act on.
 */
import { resolveAnchor, type AnchorResult } from "./match";
import { buildAnchor, DEFAULT_CONTEXT_LENGTH, type Anchor } from "./selectors";
import { diffTexts } from "./text-diff";
import { placeThroughEdits, type EditContext, type ThroughEditsOptions } from "./through-edits";

/** A claim's stored anchor, as read from the database. */
export interface ClaimAnchorInput<Id = string> {
  id: Id;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface ReanchoredClaim<Id = string> {
  id: Id;
  result: AnchorResult;
  /** The anchor to store for the new text (fresh prefix/suffix), or null for an orphan. */
  anchor: Anchor | null;
  /**
   * True when the claim now covers different text than it did, so its verdict
   * deserves a second look. Orphans count as changed: their text is gone.
   */
  textChanged: boolean;
}

export interface ReanchorOptions extends ThroughEditsOptions {
  /**
   * The text the claims were anchored to. With it, offsets are carried across a
   * diff of the two texts (fast, and never attaches a claim to text that merely
   * resembles its deleted quote); without it, each claim is searched for.
   */
  oldText?: string;
  /** Length of the prefix/suffix stored in the rebuilt anchors. Default 32. */
  contextLength?: number;
}

/** Re-anchors `claims` to `newText`; results are in the same order as `claims`. */
export function reanchorClaims<Id>(
  newText: string,
  claims: ReadonlyArray<ClaimAnchorInput<Id>>,
  options: ReanchorOptions = {},
): Array<ReanchoredClaim<Id>> {
  const { oldText, contextLength = DEFAULT_CONTEXT_LENGTH } = options;
  // One diff for all claims: its cost is paid once per revision, not per claim.
  const edits: EditContext | null =
    oldText === undefined ? null : { oldText, newText, hunks: oldText === newText ? [] : diffTexts(oldText, newText) };

  return claims.map((claim) => {
    const result = edits ? placeThroughEdits(edits, claim, options) : resolveAnchor(newText, claim, options);
    if (result.status === "orphan") return { id: claim.id, result, anchor: null, textChanged: true };
    const anchor = buildAnchor(newText, result.start, result.end, contextLength);
    return { id: claim.id, result, anchor, textChanged: anchor.exact !== claim.exact };
  });
}
