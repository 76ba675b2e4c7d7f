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
import { alignTokens } from "./align";
import { insertedRanges, mapOffset, mapRange, type Hunk } from "./hunk";
import { pickByContext, scoreCandidate, type Candidate, type MatchContext } from "./scoring";
import { respectsWords, snapToWords, storedCuts, type QuoteCuts } from "./text-utils";

export interface EditContext {
  oldText: string;
  newText: string;
  /** The edits, from `diffTexts(oldText, newText)`. */
  hunks: readonly Hunk[];
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
/** How far around its mapped place an intact quote is looked for. */
const NEARBY = 64;
/** Edits closer than this are re-aligned together when checking a claim character by character. */
const CLUSTER_GAP = 16;
/** Shorter quotes are not looked for inside their own edited image (see below). */
const MIN_DISTINCT_QUOTE_LENGTH = 8;

const WHITESPACE = /\s/;
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
function findMoved(edits: EditContext, exact: string, ctx: MatchContext, cuts: QuoteCuts): AnchorResult | null {
  if (exact.length < MIN_MOVED_QUOTE_LENGTH) return null;
  const hits: Candidate[] = [];
  for (const range of insertedRanges(edits.hunks, exact.length)) {
    for (const hit of findOccurrences(edits.newText.slice(range.start, range.end), exact)) {
      const c = { start: hit.start + range.start, end: hit.end + range.start, errors: 0 };
      if (respectsWords(edits.newText, c.start, c.end, cuts)) hits.push(c);
    }
  }
  return hits.length > 0 ? bestOccurrence(edits.newText, hits, ctx, exact.length) : null;
}

/**
 * Word-level edits can misjudge an edit that merges or splits words: deleting
 * "ts " in "fjmbts qrs" yields "fjmbqrs", which whole words explain as "qrs"
 * deleted. Before calling a claim edited, align the characters of the edited
 * stretch around it; if its characters all survive in one piece, it was not
 * edited at all.
 */
function survivesCharacterAlignment(edits: EditContext, start: number, end: number, exact: string): [number, number] | null {
  const { hunks, oldText, newText } = edits;
  // The hunks touching the claim, and those close to them: one edit told as several.
  let lo = hunks.findIndex((h) => h.oldEnd >= start);
  if (lo === -1 || hunks[lo].oldStart > end) return null;
  let hi = lo;
  while (hi + 1 < hunks.length && hunks[hi + 1].oldStart <= Math.max(end, hunks[hi].oldEnd) + CLUSTER_GAP) hi++;
  while (lo > 0 && hunks[lo - 1].oldEnd + CLUSTER_GAP >= hunks[lo].oldStart) lo--;
  const first = hunks[lo];
  const last = hunks[hi];
  const codes = (text: string, from: number, to: number): number[] =>
    Array.from({ length: to - from }, (_, k) => text.charCodeAt(from + k));
  const local = alignTokens(
    codes(oldText, first.oldStart, last.oldEnd),
    codes(newText, first.newStart, last.newEnd),
    () => 1,
  );
  if (!local) return null;
  const combined = [
    ...hunks.slice(0, lo),
    ...local.map((h) => ({
      oldStart: h.oldStart + first.oldStart,
      oldEnd: h.oldEnd + first.oldStart,
      newStart: h.newStart + first.newStart,
      newEnd: h.newEnd + first.newStart,
    })),
    ...hunks.slice(hi + 1),
  ];
  const s = mapOffset(combined, start, "start");
  const e = mapOffset(combined, end, "end");
  return newText.slice(s, e) === exact ? [s, e] : null;
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

  const mapped = mapRange(hunks, start, end);
  const image = newText.slice(mapped.start, mapped.end);
  if (image === exact) return { status: "position", start: mapped.start, end: mapped.end, score: 1 };
  // Only worth aligning characters if the quote is still there, near where it should be.
  const around = newText.slice(Math.max(0, mapped.start - NEARBY), mapped.end + NEARBY);
  const intact = around.includes(exact) ? survivesCharacterAlignment(edits, start, end, exact) : null;
  if (intact) return { status: "position", start: intact[0], end: intact[1], score: 1 };

  const ctx: MatchContext = { prefix: claim.prefix, suffix: claim.suffix, hint: mapped.start };
  // Where the stored quote began and ended on word boundaries, so must its new place.
  const cuts = storedCuts(exact, oldText.slice(Math.max(0, start - 1), start), oldText.slice(end, end + 1));
  // Several diffs explain the same edit ("the c[hat c]at" or "the [chat ]cat"). If
  // the quote is intact inside its image, the edit was next to it, not in it.
  // Only for quotes long enough not to recur by chance within one edited region:
  // "a" inside "xaBy" is as likely the neighbour as the claim.
  if (image.length > exact.length && exact.length >= MIN_DISTINCT_QUOTE_LENGTH) {
    const inside = findOccurrences(image, exact)
      .map((c) => ({ ...c, start: c.start + mapped.start, end: c.end + mapped.start }))
      .filter((c) => respectsWords(newText, c.start, c.end, cuts));
    if (inside.length > 0) return bestOccurrence(newText, inside, ctx, exact.length);
  }

  const maxShare = options.maxRemovedShare ?? DEFAULT_MAX_REMOVED_SHARE;
  const [trimmedStart, trimmedEnd] = trimAddedWhitespace(newText, mapped.start, mapped.end, exact);
  const [s, e] = trimmedEnd > trimmedStart ? snapToWords(newText, trimmedStart, trimmedEnd, cuts) : [trimmedStart, trimmedEnd];
  if (e > s && mapped.removedChars <= maxShare * exact.length) {
    const errors = mapped.editedChars + (trimmedStart - s) + (e - trimmedEnd);
    const score = scoreCandidate(newText, exact.length, { start: s, end: e, errors }, ctx);
    return { status: "fuzzy", start: s, end: e, score };
  }

  const moved = findMoved(edits, exact, ctx, cuts);
  if (moved) return moved;

  if (e <= s) return { status: "orphan", reason: "The quoted text was deleted from the article." };
  const share = Math.round((100 * mapped.removedChars) / exact.length);
  return {
    status: "orphan",
    reason: `The quoted text was rewritten (about ${share}% of it was deleted or replaced); mark the claim again if it still applies.`,
  };
}
