/**
 * Alignment inside an edited region: which parts of it were kept.
 *
 * The fast diff in text-diff.ts finds edited regions coarsely; a region may
 * hold several edits ("dog cat" -> "cow bat", or "was kail." -> "senne was").
 * Aligning the region's tokens (words or characters) splits it into its
 * separate edits, so that a claim boundary between them maps exactly instead
 * of being swallowed by one merged region.
 *
 * A weighted longest common subsequence, O(n·m) on the region: it maximises the
 * total weight of the kept tokens, so a kept word can outweigh a kept space.
 */
import type { Hunk } from "./hunk";

/** Regions with more tokens than this (per side) are left whole: cost grows with n·m. */
export const MAX_ALIGN_TOKENS = 256;

/**
 * Hunks (token indices) turning tokens `a` into tokens `b`, or null when the
 * region is too large. `weight(i, j)` is the value of keeping a[i] as b[j].
 */
export function alignTokens(
  a: readonly number[],
  b: readonly number[],
  weight: (i: number, j: number) => number,
): Hunk[] | null {
  const n = a.length;
  const m = b.length;
  if (n > MAX_ALIGN_TOKENS || m > MAX_ALIGN_TOKENS) return null;
  // best[i][j] = best weight aligning a[i..] with b[j..], stored row-major.
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(best[(i + 1) * width + j], best[i * width + j + 1]);
      const keep = a[i] === b[j] ? weight(i, j) + best[(i + 1) * width + j + 1] : -1;
      best[i * width + j] = Math.max(skip, keep);
    }
  }
  // Walk forward, collecting the stretches between kept tokens as hunks.
  const hunks: Hunk[] = [];
  let open: Hunk | null = null;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const here = best[i * width + j];
    if (i < n && j < m && a[i] === b[j] && weight(i, j) + best[(i + 1) * width + j + 1] === here) {
      if (open) hunks.push(open);
      open = null;
      i++;
      j++;
      continue;
    }
    open ??= { oldStart: i, oldEnd: i, newStart: j, newEnd: j };
    // Prefer deleting first, then inserting, so a hunk reads "old words -> new words".
    if (i < n && best[(i + 1) * width + j] === here) {
      i++;
      open.oldEnd = i;
    } else {
      j++;
      open.newEnd = j;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}
