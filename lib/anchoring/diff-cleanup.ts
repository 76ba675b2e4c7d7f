/**
 * Making a raw diff say what a human editor did.
 *
 * Many diffs are equally short; they differ in where a claim boundary lands.
 * The walk in text-diff.ts reports coarse edited regions. We then:
 *  1. widen every edit to whole words, and split multi-word edits into their
 *     separate word edits (word-align.ts): replacing "the" by "state" is one
 *     replaced word, not "s" inserted and "h" -> "at", which would cut a claim
 *     starting at "the"; "rgtan" -> "gtan#" is a changed word and an added "#";
 *  2. trim what each edited word kept at its ends, so that "kh" -> "khA" is
 *     "A" added after "kh" (a claim ending at "kh" stays "kh") and "hello" ->
 *     "hXello" leaves "llo" alone, while "the" -> "state" still starts at "t";
 *  3. slide pure insertions/deletions inside repeated text to word boundaries,
 *     as diff-match-patch's semantic cleanup does ("the c[hat c]at" becomes
 *     "the [chat ]cat").
 */
import { mergeAdjacent, type Hunk } from "./hunk";
import { isWordChar } from "./text-utils";
import { splitIntoWordEdits } from "./word-align";

/**
 * Widens hunks that start or end inside a word to the whole word. The widened
 * characters are unchanged ones, equal in both texts, so both sides grow alike.
 */
function widenToWords(oldText: string, newText: string, hunks: readonly Hunk[]): Hunk[] {
  const out: Hunk[] = [];
  for (let k = 0; k < hunks.length; k++) {
    const h = { ...hunks[k] };
    const lower = out[out.length - 1]?.oldEnd ?? 0;
    const upper = hunks[k + 1]?.oldStart ?? oldText.length;
    const editsWordStart =
      (h.oldEnd > h.oldStart && isWordChar(oldText[h.oldStart])) || (h.newEnd > h.newStart && isWordChar(newText[h.newStart]));
    if (editsWordStart) {
      while (h.oldStart > lower && isWordChar(oldText[h.oldStart - 1])) {
        h.oldStart--;
        h.newStart--;
      }
    }
    const editsWordEnd =
      (h.oldEnd > h.oldStart && isWordChar(oldText[h.oldEnd - 1])) || (h.newEnd > h.newStart && isWordChar(newText[h.newEnd - 1]));
    if (editsWordEnd) {
      while (h.oldEnd < upper && isWordChar(oldText[h.oldEnd])) {
        h.oldEnd++;
        h.newEnd++;
      }
    }
    out.push(h);
  }
  return mergeAdjacent(out, true);
}

/** How natural an edit edge between two characters is (higher is better). */
function edgeScore(left: string | undefined, right: string | undefined): number {
  if (left === undefined || right === undefined) return 4;
  if (left === "\n" || right === "\n") return 3;
  if (/\s/.test(left) || /\s/.test(right)) return 2;
  if (!isWordChar(left) || !isWordChar(right)) return 1;
  return 0;
}

/** Longest slide tried; enough for any word, bounded for runs like "--------". */
const MAX_SLIDE = 64;

/**
 * A pure insertion or deletion inside repeated text can sit at several places
 * with the same cost. Pick the one a human would: edges at word boundaries;
 * ties keep the original place.
 */
function slideToWordBoundaries(oldText: string, newText: string, hunks: readonly Hunk[]): Hunk[] {
  const out: Hunk[] = [];
  for (let k = 0; k < hunks.length; k++) {
    const h = hunks[k];
    const isInsert = h.oldStart === h.oldEnd;
    const isDelete = h.newStart === h.newEnd;
    if (isInsert === isDelete) {
      out.push(h);
      continue;
    }
    // Slide in the text that holds the edited characters; the other side moves in step.
    const text = isInsert ? newText : oldText;
    const start = isInsert ? h.newStart : h.oldStart;
    const end = isInsert ? h.newEnd : h.oldEnd;
    const prev = out[out.length - 1];
    const next = hunks[k + 1];
    const lower = prev ? (isInsert ? prev.newEnd : prev.oldEnd) : 0;
    const upper = next ? (isInsert ? next.newStart : next.oldStart) : text.length;
    let left = 0;
    while (left < MAX_SLIDE && start - left - 1 >= lower && text[start - left - 1] === text[end - left - 1]) left++;
    let right = 0;
    while (right < MAX_SLIDE && end + right + 1 <= upper && text[start + right] === text[end + right]) right++;
    let bestShift = 0;
    let bestScore = -1;
    for (let shift = -left; shift <= right; shift++) {
      const score = edgeScore(text[start + shift - 1], text[start + shift]) + edgeScore(text[end + shift - 1], text[end + shift]);
      if (score > bestScore || (score === bestScore && Math.abs(shift) < Math.abs(bestShift))) {
        bestScore = score;
        bestShift = shift;
      }
    }
    out.push({
      oldStart: h.oldStart + bestShift,
      oldEnd: h.oldEnd + bestShift,
      newStart: h.newStart + bestShift,
      newEnd: h.newEnd + bestShift,
    });
  }
  return out;
}

/**
 * Shrinks a hunk by what its old and new text share at either end. The ends a
 * word kept are unchanged characters, so a claim edge there stays put.
 */
function trimSharedEnds(oldText: string, newText: string, h: Hunk): Hunk {
  const oldLength = h.oldEnd - h.oldStart;
  const newLength = h.newEnd - h.newStart;
  let head = 0;
  while (head < oldLength && head < newLength && oldText[h.oldStart + head] === newText[h.newStart + head]) head++;
  let tail = 0;
  while (
    tail < oldLength - head &&
    tail < newLength - head &&
    oldText[h.oldEnd - 1 - tail] === newText[h.newEnd - 1 - tail]
  ) {
    tail++;
  }
  return { oldStart: h.oldStart + head, oldEnd: h.oldEnd - tail, newStart: h.newStart + head, newEnd: h.newEnd - tail };
}

/** The raw edits as a person would describe them; see the module comment. */
export function cleanupHunks(oldText: string, newText: string, raw: readonly Hunk[]): Hunk[] {
  const refined = widenToWords(oldText, newText, raw)
    .flatMap((h) => splitIntoWordEdits(oldText, newText, h))
    .map((h) => trimSharedEnds(oldText, newText, h))
    .filter((h) => h.oldEnd > h.oldStart || h.newEnd > h.newStart);
  return mergeAdjacent(slideToWordBoundaries(oldText, newText, refined), true);
}
