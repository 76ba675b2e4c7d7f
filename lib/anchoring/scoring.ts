/**
 * Scoring of candidate placements, following Hypothesis's `match-quote.js`:
 * a weighted sum of quote similarity (50), prefix similarity (20), suffix
 * similarity (20) and proximity to the old position (2, a tie-breaker),
 * normalised to 0..1.
 */
import search from "approx-string-match";

export const QUOTE_WEIGHT = 50;
export const PREFIX_WEIGHT = 20;
export const SUFFIX_WEIGHT = 20;
export const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

export interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the quote and text[start, end). */
  errors: number;
}

export interface MatchContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote used to start. */
  hint?: number;
}

/**
 * Similarity (0..1) of `expected` to its best approximate occurrence in `actual`.
 * As in Hypothesis, an absent expectation counts as a perfect match so that an
 * anchor without context is not penalised.
 */
export function contextSimilarity(actual: string, expected: string | undefined): number {
  if (!expected) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  const matches = search(actual, expected, expected.length);
  if (matches.length === 0) return 0;
  return 1 - matches[0].errors / expected.length;
}

export function prefixSimilarity(text: string, start: number, prefix: string | undefined): number {
  if (!prefix) return 1;
  return contextSimilarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
}

export function suffixSimilarity(text: string, end: number, suffix: string | undefined): number {
  if (!suffix) return 1;
  return contextSimilarity(text.slice(end, end + suffix.length), suffix);
}

/** Levenshtein distance, for short strings such as 32-character contexts (O(n·m)). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j] + 1, current[j - 1] + 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Similarity (0..1) of the text right before/after a candidate to the stored
 * context, aligned character for character (unlike `contextSimilarity`, which
 * finds the context anywhere nearby and so also rewards a position a few words
 * off, whose surroundings overlap the real ones).
 */
export function alignedContextSimilarity(text: string, c: Candidate, ctx: MatchContext): number | null {
  const scores: number[] = [];
  if (ctx.prefix) {
    const actual = text.slice(Math.max(0, c.start - ctx.prefix.length), c.start);
    scores.push(1 - editDistance(actual, ctx.prefix) / ctx.prefix.length);
  }
  if (ctx.suffix) {
    const actual = text.slice(c.end, c.end + ctx.suffix.length);
    scores.push(1 - editDistance(actual, ctx.suffix) / ctx.suffix.length);
  }
  return scores.length === 0 ? null : scores.reduce((x, y) => x + y, 0) / scores.length;
}

/** The normalised Hypothesis score of a candidate. */
export function scoreCandidate(text: string, quoteLength: number, c: Candidate, ctx: MatchContext): number {
  const quoteScore = quoteLength === 0 ? 0 : Math.max(0, 1 - c.errors / quoteLength);
  const prefixScore = prefixSimilarity(text, c.start, ctx.prefix);
  const suffixScore = suffixSimilarity(text, c.end, ctx.suffix);
  let posScore = 1;
  if (ctx.hint !== undefined && text.length > 0) {
    posScore = Math.max(0, 1 - Math.abs(c.start - ctx.hint) / text.length);
  }
  const raw =
    QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * posScore;
  return raw / MAX_SCORE;
}

/**
 * Among occurrences of the quote, the one whose surroundings best match the
 * stored prefix/suffix; ties (e.g. the same sentence repeated with the same
 * context) go to the one nearest the old position. Context wins over distance
 * because an edit far above a quote can move it arbitrarily far.
 */
export function pickByContext(
  text: string,
  candidates: readonly Candidate[],
  ctx: MatchContext,
  quoteLength: number,
): { candidate: Candidate; score: number } {
  let best: Candidate = candidates[0];
  let bestContext = -1;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const context = prefixSimilarity(text, c.start, ctx.prefix) + suffixSimilarity(text, c.end, ctx.suffix);
    const distance = ctx.hint === undefined ? 0 : Math.abs(c.start - ctx.hint);
    // Compare context with a tolerance so floating-point noise cannot beat distance.
    if (context > bestContext + 1e-9 || (Math.abs(context - bestContext) <= 1e-9 && distance < bestDistance)) {
      best = c;
      bestContext = context;
      bestDistance = distance;
    }
  }
  return { candidate: best, score: scoreCandidate(text, quoteLength, best, ctx) };
}
