/**
 * Hunks describe how one text became another, and let us carry offsets across.
 *
 * A hunk says "old[oldStart, oldEnd) was replaced by new[newStart, newEnd)";
 * everything between hunks is unchanged and only shifts. Hunks are sorted and
 * non-overlapping; two may meet at one offset (a word edit ending where the
 * next begins), which `mapOffset` resolves.
 */

export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** Which end of a range an offset is: decides where text inserted exactly there goes. */
export type RangeSide = "start" | "end";

/** Index of the first hunk with oldEnd >= offset, or hunks.length. */
function firstHunkEndingAtOrAfter(hunks: readonly Hunk[], offset: number): number {
  let lo = 0;
  let hi = hunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hunks[mid].oldEnd < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Maps an old offset to the new text.
 *
 * The conventions keep a claim's range equal to the image of its text:
 *  - text inserted exactly at a claim's start or end stays outside the claim
 *    (typing before or after a quote does not change the quote);
 *  - a replaced region starting at an offset maps that offset to the region's
 *    start, one ending there maps it to the region's end;
 *  - an offset strictly inside a replaced region is widened to the whole
 *    replacement (start → its start, end → its end): we cannot tell which part
 *    of the new words corresponds, and covering them all never drops the
 *    claim's own words.
 */
export function mapOffset(hunks: readonly Hunk[], offset: number, side: RangeSide): number {
  const i = firstHunkEndingAtOrAfter(hunks, offset);
  const h = hunks[i];
  if (!h || h.oldStart > offset) {
    const before = hunks[i - 1];
    return before ? offset + (before.newEnd - before.oldEnd) : offset;
  }
  if (h.oldStart === h.oldEnd) return side === "start" ? h.newEnd : h.newStart;
  if (offset === h.oldStart) return h.newStart;
  if (offset === h.oldEnd) {
    // Another edit may begin right here; only an insertion there changes the answer.
    const next = hunks[i + 1];
    if (next && next.oldStart === offset && next.oldEnd === offset && side === "start") return next.newEnd;
    return h.newEnd;
  }
  return side === "start" ? h.newStart : h.newEnd;
}

/** A range carried across the edit, plus how much of it was edited. */
export interface MappedRange {
  start: number;
  end: number;
  /** Upper bound on the edit distance between old and new text of the range. */
  editedChars: number;
  /** How many of the range's old characters were deleted or replaced. */
  removedChars: number;
}

/** Maps [start, end) and counts the edits falling inside it. */
export function mapRange(hunks: readonly Hunk[], start: number, end: number): MappedRange {
  const newStart = mapOffset(hunks, start, "start");
  const newEnd = Math.max(newStart, mapOffset(hunks, end, "end"));
  return { start: newStart, end: newEnd, ...countEdits(hunks, start, end, newStart, newEnd) };
}

/** How much of old [start, end) was edited, given that it became new [newStart, newEnd). */
function countEdits(
  hunks: readonly Hunk[],
  start: number,
  end: number,
  newStart: number,
  newEnd: number,
): { editedChars: number; removedChars: number } {
  let editedChars = 0;
  let removedChars = 0;
  for (let i = firstHunkEndingAtOrAfter(hunks, start); i < hunks.length; i++) {
    const h = hunks[i];
    if (h.oldStart > end || (h.oldStart === end && h.oldEnd > h.oldStart)) break;
    const removed = Math.max(0, Math.min(h.oldEnd, end) - Math.max(h.oldStart, start));
    const inserted = Math.max(0, Math.min(h.newEnd, newEnd) - Math.max(h.newStart, newStart));
    // Replacing `removed` characters by `inserted` ones costs at most the larger count.
    editedChars += Math.max(removed, inserted);
    removedChars += removed;
  }
  return { editedChars, removedChars };
}

/** Ranges of the new text that did not exist in the old one (e.g. moved paragraphs). */
export function insertedRanges(hunks: readonly Hunk[], minLength: number): Array<{ start: number; end: number }> {
  return hunks
    .filter((h) => h.newEnd - h.newStart >= minLength)
    .map((h) => ({ start: h.newStart, end: h.newEnd }));
}

/**
 * Merges hunks that overlap and, unless `keepTouching`, hunks that meet. Word
 * edits that merely meet stay apart: "&A" prefixed to one word and a space
 * replaced after it are two edits, and a claim starting at that space must not
 * be stretched over the word.
 */
export function mergeAdjacent(hunks: readonly Hunk[], keepTouching = false): Hunk[] {
  const merged: Hunk[] = [];
  for (const h of hunks) {
    const last = merged[merged.length - 1];
    const meets = h.oldStart === last?.oldEnd && h.newStart === last?.newEnd;
    if (last && h.oldStart <= last.oldEnd && h.newStart <= last.newEnd && !(keepTouching && meets)) {
      last.oldEnd = Math.max(last.oldEnd, h.oldEnd);
      last.newEnd = Math.max(last.newEnd, h.newEnd);
    } else if (h.oldEnd > h.oldStart || h.newEnd > h.newStart) {
      merged.push({ ...h });
    }
  }
  return merged;
}
