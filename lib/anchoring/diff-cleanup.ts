/**
 * Making a raw diff say what a human editor did.
 *
 * Many diffs are equally short; they differ in where a claim boundary lands.
 * The walk in text-diff.ts reports coarse edited regions. We then:
 *  1. widen every edit to whole words, and split multi-word edits into their
 *     separate word edits (align.ts): replacing "the" by "state" is one
 *     replaced word, not "s" inserted and "h" -> "at", which would cut a claim
 *     starting at "the"; "rgtan" -> "gtan#" is a changed word and an added "#";
 *  2. trim what each edited word kept at its ends, so that "kh" -> "khA" is
 *     "A" added after "kh" (a claim ending at "kh" stays "kh") and "hello" ->
 *     "hXello" leaves "llo" alone, while "the" -> "state" still starts at "t";
 *  3. slide pure insertions/deletions inside repeated text to word boundaries,
 *     as diff-match-patch's semantic cleanup does ("the c[hat c]at" becomes
 *     "the [chat ]cat").
 */
import { alignTokens } from "./align";
import { mergeAdjacent, type Hunk } from "./hunk";

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

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

interface Tokens {
  tokens: string[];
  /** Offset of each token, plus the end offset. */
  offsets: number[];
}

const TOKEN = /[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu;

/** Words, whitespace runs and single punctuation marks. */
function words(text: string): Tokens {
  const tokens: string[] = [];
  const offsets: number[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push(m[0]);
    offsets.push(m.index ?? 0);
  }
  offsets.push(text.length);
  return { tokens, offsets };
}

function commonPrefix(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return 0;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return 0;
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Value of keeping old word a[i] as new word b[j]: its length (a kept word
 * outweighs a kept space), plus a tie-breaker below 1 in total for how alike
 * their neighbours are. Of two identical spaces, keep the one between the
 * words that survived: in "plsitm m bof" -> "plsitm mAbof" that is the first.
 */
function wordWeight(a: Tokens, b: Tokens): (i: number, j: number) => number {
  const scale = 1 / (4 * (a.tokens.length + 1) * (a.offsets[a.tokens.length] + b.offsets[b.tokens.length] + 1));
  return (i, j) => {
    const token = a.tokens[i];
    const base = isWordChar(token[0]) ? 1 + token.length : 1;
    const alike = commonSuffix(a.tokens[i - 1], b.tokens[j - 1]) + commonPrefix(a.tokens[i + 1], b.tokens[j + 1]);
    return base + alike * scale;
  };
}

/** A word, a whitespace run, or the punctuation mark itself: what a changed token may turn into. */
function tokenClass(token: string): string {
  if (isWordChar(token[0])) return "word";
  return /\s/.test(token[0]) ? "space" : token;
}

/**
 * Splits a coarse replacement into separate word edits, when small enough to
 * align. Words are aligned twice: first identical tokens are kept; then, in
 * what remains, each changed token is paired with a new token of its kind, so
 * "rgtan" -> "gtan#" is a changed word followed by an inserted "#", not one
 * blob that a claim ending at "rgtan" would have to swallow.
 */
function refine(oldText: string, newText: string, h: Hunk): Hunk[] {
  if (h.oldEnd === h.oldStart || h.newEnd === h.newStart) return [h];
  const a = words(oldText.slice(h.oldStart, h.oldEnd));
  const b = words(newText.slice(h.newStart, h.newEnd));
  if (a.tokens.length + b.tokens.length <= 2) return [h];
  const ids = new Map<string, number>();
  const idOf = (tok: string): number => {
    let id = ids.get(tok);
    if (id === undefined) ids.set(tok, (id = ids.size));
    return id;
  };
  const parts = alignTokens(a.tokens.map(idOf), b.tokens.map(idOf), wordWeight(a, b));
  if (!parts) return [h];
  return parts.flatMap((p) => pairByClass(a, b, p, idOf)).map((p) => ({
    oldStart: h.oldStart + a.offsets[p.oldStart],
    oldEnd: h.oldStart + a.offsets[p.oldEnd],
    newStart: h.newStart + b.offsets[p.newStart],
    newEnd: h.newStart + b.offsets[p.newEnd],
  }));
}

/** Within a run of changed tokens, one hunk per token changed into a token of its kind. */
function pairByClass(a: Tokens, b: Tokens, p: Hunk, idOf: (token: string) => number): Hunk[] {
  if (p.oldEnd === p.oldStart || p.newEnd === p.newStart) return [p];
  const classes = (t: Tokens, from: number, to: number): number[] =>
    t.tokens.slice(from, to).map((tok) => idOf("\u0000" + tokenClass(tok)));
  // Of several words a changed word could have become, prefer the most alike ("ackml" -> "Aackml", not "A").
  const scale = 1 / (2 * (p.oldEnd - p.oldStart + 1) * (a.offsets[a.tokens.length] + b.offsets[b.tokens.length] + 1));
  const likeness = (i: number, j: number): number => {
    const [x, y] = [a.tokens[p.oldStart + i], b.tokens[p.newStart + j]];
    return 1 + (commonPrefix(x, y) + commonSuffix(x, y)) * scale;
  };
  const paired = alignTokens(classes(a, p.oldStart, p.oldEnd), classes(b, p.newStart, p.newEnd), likeness);
  if (!paired) return [p];
  // Tokens the class alignment "kept" are changed tokens of the same kind: one hunk each.
  const out: Hunk[] = [];
  let i = p.oldStart;
  let j = p.newStart;
  for (const q of paired) {
    for (; i < p.oldStart + q.oldStart; i++, j++) out.push({ oldStart: i, oldEnd: i + 1, newStart: j, newEnd: j + 1 });
    out.push({ oldStart: p.oldStart + q.oldStart, oldEnd: p.oldStart + q.oldEnd, newStart: p.newStart + q.newStart, newEnd: p.newStart + q.newEnd });
    i = p.oldStart + q.oldEnd;
    j = p.newStart + q.newEnd;
  }
  for (; i < p.oldEnd; i++, j++) out.push({ oldStart: i, oldEnd: i + 1, newStart: j, newEnd: j + 1 });
  return out;
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
    .flatMap((h) => refine(oldText, newText, h))
    .map((h) => trimSharedEnds(oldText, newText, h))
    .filter((h) => h.oldEnd > h.oldStart || h.newEnd > h.newStart);
  return mergeAdjacent(slideToWordBoundaries(oldText, newText, refined), true);
}
