/**
 * Re-anchoring every claim of an article after its text changed (a new
 * ArticleRevision). Claims are never dropped: each comes back either placed, with
 * a fresh anchor, or as an orphan with a reason an editor can act on.
 */
import { resolveAnchor, type AnchorResult } from "./match";
import { buildAnchor, DEFAULT_CONTEXT_LENGTH, type Anchor } from "./selectors";
import { sameNumbers } from "./numbers";
import { diffTexts } from "./text-diff";
import { snapToWords, storedCuts } from "./text-utils";
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
  /**
   * True when the placed text states other numbers than the old quote (digits, number
   * words, percentages, month names): such a claim is never "kept" (see numbers.ts).
   */
  numbersChanged: boolean;
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
    let result = edits ? placeThroughEdits(edits, claim, options) : resolveAnchor(newText, claim, options);
    if (result.status === "orphan") return { id: claim.id, result, anchor: null, textChanged: true, numbersChanged: false };
    // Whichever path found it, a fuzzy placement of a claim that began and ended on word
    // boundaries does so again ("now carry", never "w carry"). An exact placement is the
    // claim's own untouched text and stays as it is.
    if (result.status === "fuzzy") {
      const cuts = edits ? storedCuts(claim.exact, edits.oldText.slice(Math.max(0, claim.start - 1), claim.start), edits.oldText.slice(claim.end, claim.end + 1)) : storedCuts(claim.exact, claim.prefix, claim.suffix);
      const [start, end] = snapToWords(newText, result.start, result.end, cuts);
      result = { ...result, start, end };
    }
    const anchor = buildAnchor(newText, result.start, result.end, contextLength);
    const numbersChanged = !sameNumbers(claim.exact, anchor.exact);
    return { id: claim.id, result, anchor, textChanged: numbersChanged || anchor.exact !== claim.exact, numbersChanged };
  });
}
