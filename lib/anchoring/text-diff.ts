/**
 * A fast diff for "the same article, lightly edited".
 *
 * A minimal diff (Myers) of two 180,000-character texts with 1,500 scattered
 * edits costs hundreds of milliseconds, in `diff` as anywhere else; re-anchoring
 * must stay well under that. Articles are edited sparsely, so we walk both texts
 * together and, at each mismatch, look for the cheapest resynchronisation: the
 * smallest (skipOld + skipNew) after which SYNC_LENGTH characters agree again.
 * Small skips are tried exhaustively; larger ones by searching for the next
 * SYNC_LENGTH-gram. The result is near-minimal and exact on every unchanged
 * stretch, which is what mapping claims needs. The raw edits are then made to
 * follow word boundaries (diff-cleanup.ts).
 */
import { cleanupHunks } from "./diff-cleanup";
import type { Hunk } from "./hunk";

/**
 * Characters that must agree after an edit before we trust we are back in step.
 * Long enough that a phrase repeated nearby (" the report ") does not pass for
 * the continuation of the text: deleting a sentence must not be explained as
 * rewriting it into the next one. Edits closer together than this come out as
 * one region, which diff-cleanup.ts splits again word by word.
 */
const SYNC_LENGTH = 24;
/** Skips (old + new) tried exhaustively; covers replacing one long word by another. */
const SMALL_SKIP = 32;
/** Largest skip searched by windowed indexOf before falling back to a full index. */
const WINDOW = 4096;

/** True if a[i..] and b[j..] agree for SYNC_LENGTH characters, or both end together first. */
function inSync(a: string, i: number, b: string, j: number): boolean {
  for (let t = 0; t < SYNC_LENGTH; t++) {
    const ai = i + t;
    const bj = j + t;
    if (ai >= a.length || bj >= b.length) return ai >= a.length && bj >= b.length;
    if (a.charCodeAt(ai) !== b.charCodeAt(bj)) return false;
  }
  return true;
}

type Skip = [number, number];

/** Exhaustive search of small skips, cheapest first; balanced (replacement-like) skips win ties. */
function smallSkip(a: string, i: number, b: string, j: number): Skip | null {
  for (let s = 1; s <= SMALL_SKIP; s++) {
    let found: Skip | null = null;
    for (let di = 0; di <= s; di++) {
      const dj = s - di;
      if (i + di > a.length || j + dj > b.length) continue;
      if (!inSync(a, i + di, b, j + dj)) continue;
      if (!found || Math.abs(di - dj) < Math.abs(found[0] - found[1])) found = [di, dj];
    }
    if (found) return found;
  }
  return null;
}

/** Lazily built index of every SYNC_LENGTH-gram of the new text, for large rewrites. */
class GramIndex {
  private positions: Map<string, number[]> | null = null;
  constructor(private readonly text: string) {}

  /** First position >= from where `gram` occurs, or -1. */
  next(gram: string, from: number): number {
    if (!this.positions) {
      this.positions = new Map();
      for (let p = 0; p + SYNC_LENGTH <= this.text.length; p++) {
        const g = this.text.substr(p, SYNC_LENGTH);
        const list = this.positions.get(g);
        if (list) list.push(p);
        else this.positions.set(g, [p]);
      }
    }
    const list = this.positions.get(gram);
    if (!list) return -1;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo] : -1;
  }
}

/**
 * Cheapest skip for a large edit: for each old skip `di`, the nearest new position
 * where the gram at old[i + di] recurs. Skips under WINDOW on both sides are found
 * with a windowed indexOf; only a rewrite bigger than that pays for the full index.
 */
function largeSkip(a: string, i: number, b: string, j: number, index: GramIndex): Skip {
  let best: Skip = [a.length - i, b.length - j]; // worst case: everything left differs
  const consider = (di: number, dj: number): void => {
    if (di + dj < best[0] + best[1]) best = [di, dj];
  };
  const search = (limit: number, find: (gram: string, maxDj: number) => number): void => {
    for (let di = 0; di < Math.min(best[0] + best[1], limit) && i + di < a.length; di++) {
      const gram = a.substr(i + di, SYNC_LENGTH);
      if (gram.length < SYNC_LENGTH) {
        // Near the end: only aligning the two ends can resynchronise.
        const dj = b.length - j - (a.length - i - di);
        if (dj >= 0 && inSync(a, i + di, b, j + dj)) consider(di, dj);
        continue;
      }
      const dj = find(gram, best[0] + best[1] - di - 1);
      if (dj !== -1) consider(di, dj);
    }
  };
  search(WINDOW, (gram, maxDj) => b.slice(j, j + Math.min(maxDj, WINDOW) + SYNC_LENGTH).indexOf(gram));
  // Any cheaper skip than one below WINDOW has both parts below WINDOW: already seen.
  if (best[0] + best[1] <= WINDOW) return best;
  search(Infinity, (gram, maxDj) => {
    const p = index.next(gram, j);
    return p !== -1 && p - j <= maxDj ? p - j : -1;
  });
  return best;
}

/** Hunks turning `oldText` into `newText`, following word boundaries; see the module comment. */
export function diffTexts(oldText: string, newText: string): Hunk[] {
  const raw: Hunk[] = [];
  const index = new GramIndex(newText);
  let i = 0;
  let j = 0;
  while (i < oldText.length || j < newText.length) {
    while (i < oldText.length && j < newText.length && oldText.charCodeAt(i) === newText.charCodeAt(j)) {
      i++;
      j++;
    }
    if (i === oldText.length && j === newText.length) break;
    const [di, dj] = smallSkip(oldText, i, newText, j) ?? largeSkip(oldText, i, newText, j, index);
    raw.push({ oldStart: i, oldEnd: i + di, newStart: j, newEnd: j + dj });
    i += di;
    j += dj;
  }
  return cleanupHunks(oldText, newText, raw);
}

