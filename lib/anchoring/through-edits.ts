/**
 * Placing a claim when we know the old text as well as the new one.
 *
 * Every article revision keeps its text, so re-anchoring after an edit does not
 * have to search: we diff the two texts once and carry each claim's offsets
 * across. A claim outside every edit moves by exactly the shift; a claim with an
 * edit inside lands on the image of its old span (the new words included). This
 * is both faster than searching (2,000 claims in milliseconds) and safer: a quote
 * whose text was deleted is reported as an orphan instead of being attached to a
 * similar sentence elsewhere.
 */
import { findOccurrences, resolveAnchor, type AnchorQuery, type AnchorResult, type ResolveOptions } from "./match";
import {
  countEdits,
  hunksOverlapping,
  insertedRanges,
  mapOffset,
  type Hunk,
  type MappedRange,
  type RangeSide,
} from "./hunk";
import { pickByContext, scoreCandidate, type Candidate, type MatchContext } from "./scoring";

export interface EditContext {
  oldText: string;
  newText: string;
  /** Word-level edits (see text-diff.ts). */
  hunks: readonly Hunk[];
  /** Character-level edits; defaults to `hunks`. */
  rawHunks?: readonly Hunk[];
}

export interface ThroughEditsOptions extends ResolveOptions {
  /**
   * Largest share of a quote's characters that may have been deleted or
   * replaced for the claim to follow its text (default 0.6). Past that, the
   * words that were checked are mostly gone and the claim is orphaned for an
   * editor to look at again. Insertions do not count: words added inside a
   * claim leave its own words in place (and mark it `textChanged`).
   */
  maxRemovedShare?: number;
}

export const DEFAULT_MAX_REMOVED_SHARE = 0.6;
/** Shorter quotes are too likely to recur by chance to be followed into new text. */
const MIN_MOVED_QUOTE_LENGTH = 12;
/** Shorter quotes are not looked for inside their own edited image (see below). */
const MIN_DISTINCT_QUOTE_LENGTH = 8;

const WHITESPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/**
 * Drops whitespace the edit left at the edges of the range when the quote had
 * none there (deleting a claim's last word leaves "checked the " otherwise).
 */
function trimAddedWhitespace(text: string, start: number, end: number, exact: string): [number, number] {
  let s = start;
  let e = end;
  if (!WHITESPACE.test(exact[0])) while (s < e && WHITESPACE.test(text[s])) s++;
  if (!WHITESPACE.test(exact[exact.length - 1])) while (e > s && WHITESPACE.test(text[e - 1])) e--;
  return [s, e];
}

function bestOccurrence(text: string, hits: Candidate[], ctx: MatchContext, quoteLength: number): AnchorResult {
  const { candidate, score } = pickByContext(text, hits, ctx, quoteLength);
  return { status: "quote", start: candidate.start, end: candidate.end, score };
}

/**
 * Text that is new in this revision may be text moved from elsewhere (a
 * paragraph dragged down): the diff sees that as a deletion plus an insertion.
 * Only inserted text is searched, never text that already existed, which would
 * be another passage that happens to say the same thing.
 */
function findMoved(edits: EditContext, exact: string, ctx: MatchContext): AnchorResult | null {
  if (exact.length < MIN_MOVED_QUOTE_LENGTH) return null;
  const hits: Candidate[] = [];
  for (const range of insertedRanges(edits.hunks, exact.length)) {
    for (const hit of findOccurrences(edits.newText.slice(range.start, range.end), exact)) {
      hits.push({ start: hit.start + range.start, end: hit.end + range.start, errors: 0 });
    }
  }
  return hits.length > 0 ? bestOccurrence(edits.newText, hits, ctx, exact.length) : null;
}

/**
 * Carries a claim's edges across the edit. Two readings of the same edit exist.
 * Word-level: an edited word is replaced whole, so a claim starting at "the"
 * ("the" -> "state") covers "state", not "tate". Character-level: the finest
 * edits, so "kh" -> "khA" is an insertion after a claim ending at "kh", and
 * "hello" -> "hXello" leaves the claim "llo" alone. But a character diff also
 * pairs up stray letters of different words, so it is trusted at an edge only
 * when no character edit cuts through that edge, and either the claim's part
 * of the edited word is unchanged or the edge lies inside a word (where only
 * characters can keep it).
 * How much was edited is counted in whole words: a claim whose words were
 * rewritten is rewritten, even if letters recur.
 */
function mapThroughEdits(edits: EditContext, start: number, end: number): MappedRange {
  const { hunks, oldText } = edits;
  const chars = edits.rawHunks ?? hunks;
  const touchesClaim = (h: Hunk): boolean =>
    h.oldStart === h.oldEnd ? start < h.oldStart && h.oldStart < end : h.oldStart < end && h.oldEnd > start;
  const edge = (offset: number, side: RangeSide): number => {
    const words = hunksOverlapping(hunks, offset, offset);
    if (words.length === 0) return mapOffset(hunks, offset, side);
    const from = words[0].oldStart;
    const to = words[words.length - 1].oldEnd;
    const cut = hunksOverlapping(chars, offset, offset).some((h) => h.oldStart < offset && offset < h.oldEnd);
    const claimUnchangedHere = !hunksOverlapping(chars, from, to).some(touchesClaim);
    const insideWord = isWordChar(oldText[offset - 1]) && isWordChar(oldText[offset]);
    return mapOffset(!cut && (claimUnchangedHere || insideWord) ? chars : hunks, offset, side);
  };
  const newStart = edge(start, "start");
  const newEnd = Math.max(newStart, edge(end, "end"));
  return { start: newStart, end: newEnd, ...countEdits(hunks, start, end, newStart, newEnd) };
}

/** Places one claim using the old text; see the module comment. */
export function placeThroughEdits(
  edits: EditContext,
  claim: AnchorQuery & { start: number; end: number },
  options: ThroughEditsOptions = {},
): AnchorResult {
  const { oldText, newText, hunks } = edits;
  const { exact, start, end } = claim;
  if (exact.length === 0) return { status: "orphan", reason: "The claim has no quoted text to look for." };

  // A stored position that does not match the old text (an anchor saved against
  // another revision) cannot be carried across; search from its mapped position.
  const validOld = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= oldText.length;
  if (!validOld || oldText.slice(start, end) !== exact) {
    const hint = validOld ? { start: mapOffset(hunks, start, "start"), end: mapOffset(hunks, end, "end") } : {};
    return resolveAnchor(newText, { exact, prefix: claim.prefix, suffix: claim.suffix, ...hint }, options);
  }

  const mapped = mapThroughEdits(edits, start, end);
  const image = newText.slice(mapped.start, mapped.end);
  if (image === exact) return { status: "position", start: mapped.start, end: mapped.end, score: 1 };

  const ctx: MatchContext = { prefix: claim.prefix, suffix: claim.suffix, hint: mapped.start };
  // Several diffs explain the same edit ("the c[hat c]at" or "the [chat ]cat"). If
  // the quote is intact inside its image, the edit was next to it, not in it.
  // Only for quotes long enough not to recur by chance within one edited region:
  // "a" inside "xaBy" is as likely the neighbour as the claim.
  if (image.length > exact.length && exact.length >= MIN_DISTINCT_QUOTE_LENGTH) {
    const inside = findOccurrences(image, exact).map((c) => ({ ...c, start: c.start + mapped.start, end: c.end + mapped.start }));
    if (inside.length > 0) return bestOccurrence(newText, inside, ctx, exact.length);
  }

  const maxShare = options.maxRemovedShare ?? DEFAULT_MAX_REMOVED_SHARE;
  const [s, e] = trimAddedWhitespace(newText, mapped.start, mapped.end, exact);
  if (e > s && mapped.removedChars <= maxShare * exact.length) {
    const score = scoreCandidate(newText, exact.length, { start: s, end: e, errors: mapped.editedChars }, ctx);
    return { status: "fuzzy", start: s, end: e, score };
  }

  const moved = findMoved(edits, exact, ctx);
  if (moved) return moved;

  if (e <= s) return { status: "orphan", reason: "The quoted text was deleted from the article." };
  const share = Math.round((100 * mapped.removedChars) / exact.length);
  return {
    status: "orphan",
    reason: `The quoted text was rewritten (about ${share}% of it was deleted or replaced); mark the claim again if it still applies.`,
  };
}
