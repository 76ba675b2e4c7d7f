/**
 * Splitting an edited region into its separate word edits.
 *
 * The fast diff reports coarse regions: "dog cat" -> "cow bat" is one region
 * but two edits, and a claim ending at "dog" must not swallow "bat". Words are
 * aligned twice: first identical tokens are kept (a kept word outweighs a kept
 * space); then, in what remains, each changed token is paired with a new token
 * of its kind, so "rgtan" -> "gtan#" is a changed word followed by an inserted
 * "#", not one blob.
 */
import { alignTokens } from "./align";
import type { Hunk } from "./hunk";
import { commonPrefixLength, commonSuffixLength, isWordChar } from "./text-utils";

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
    const alike = commonSuffixLength(a.tokens[i - 1], b.tokens[j - 1]) + commonPrefixLength(a.tokens[i + 1], b.tokens[j + 1]);
    return base + alike * scale;
  };
}

/** A word, a whitespace run, or the punctuation mark itself: what a changed token may turn into. */
function tokenClass(token: string): string {
  if (isWordChar(token[0])) return "word";
  return /\s/.test(token[0]) ? "space" : token;
}

/** Splits a coarse replacement into separate word edits, when small enough to align. */
export function splitIntoWordEdits(oldText: string, newText: string, h: Hunk): Hunk[] {
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
    return 1 + (commonPrefixLength(x, y) + commonSuffixLength(x, y)) * scale;
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
