/**
 * Placing a stored anchor in a (possibly changed) text, in Hypothesis's order:
 *
 *  a. position: the text at [start, end) still equals the quote;
 *  b. exact quote: every occurrence, the best by prefix/suffix, then nearest the
 *     old position;
 *  b'. normalised quote: as (b) after collapsing whitespace and mapping curly
 *     quotes/dashes to ASCII (see normalize.ts), so re-typeset text still
 *     matches; reported as "fuzzy" because the text is not identical;
 *  c. fuzzy quote: approximate matching with `approx-string-match`, scored like
 *     Hypothesis (quote 50, prefix 20, suffix 20, position 2);
 *  d. orphan: kept and flagged, never dropped and never guessed.
 *
 * Fuzzy threshold: a match is accepted only if its edit distance to the quote is
 * at most 25% of the quote's length (`maxFuzzyErrorRate`). Hypothesis searches
 * with up to 50% errors and takes the best candidate; at 50% a short quote
 * matches unrelated text ("in the" ~ "on this"), which is the one thing a
 * fact-check must not do. Quotes shorter than 4 characters therefore only match
 * exactly, and a fuzzy match of a quote under 32 characters must also have
 * surroundings at least half similar, character for character, to its stored
 * prefix/suffix, and must not start or end inside a word unless the quote did.
 *
 * Words and numbers (issue: "will carry 50,000 passengers" re-attached to "w carry
 * 45,000 passengers"): a quote or fuzzy match never starts or ends inside a word where
 * the stored quote did not (exact hits that do are skipped; fuzzy matches are widened to
 * whole words), and among fuzzy candidates one stating the quote's numbers wins over a
 * better-scored one stating others (numbers.ts). A match with other numbers can still be
 * placed, as "fuzzy": the caller reports it as changed, never kept.
 */
import search from "approx-string-match";
import { normalizedTextFor, normalizeQuote, toSourceRange } from "./normalize";
import { alignedContextSimilarity, pickByContext, scoreCandidate, type Candidate, type MatchContext } from "./scoring";
import type { Anchor } from "./selectors";
import { firstNumberAsWritten, sameNumbers } from "./numbers";
import { isWordChar, respectsWords, snapToWords, storedCuts, type QuoteCuts } from "./text-utils";

export type AnchorResult =
  | { status: "position" | "quote" | "fuzzy"; start: number; end: number; score: number }
  | { status: "orphan"; reason: string };

export type PlacedResult = Extract<AnchorResult, { start: number }>;

/** What the matcher needs: the quote, plus whatever context and position are known. */
export type AnchorQuery = Partial<Anchor> & { exact: string };

export interface ResolveOptions {
  /**
   * Allow steps b' and c (default true). A claim being created must sit on words
   * that are really in the text, so creation passes false: position or exact quote only.
   */
  fuzzy?: boolean;
  /** Largest accepted fuzzy edit distance, as a share of the quote length. Default 0.25. */
  maxFuzzyErrorRate?: number;
  /** How many candidates to score when a quote occurs very often (nearest to the hint win). */
  maxCandidates?: number;
}

export const DEFAULT_MAX_FUZZY_ERROR_RATE = 0.25;
const DEFAULT_MAX_CANDIDATES = 200;

/** Hypothesis's cap on the errors searched for: search cost grows with it. */
const MAX_SEARCH_ERRORS = 256;

export function isPlaced(result: AnchorResult): result is PlacedResult {
  return result.status !== "orphan";
}

function isOffset(value: number | undefined, text: string): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 0 && value <= text.length;
}

/** All (possibly overlapping) exact occurrences of `quote` in `text`. */
export function findOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  if (quote.length === 0) return found;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    found.push({ start: i, end: i + quote.length, errors: 0 });
  }
  return found;
}

/**
 * A short quote with a quarter of its letters wrong matches plenty of unrelated
 * words ("fqqp" ~ "fqpj", "mjka" ~ the "mka" in "emkadk"), so below this length
 * a fuzzy match must also sit in surroundings that resemble the stored
 * prefix/suffix, and must not cut a word where the stored quote did not.
 */
const SHORT_QUOTE_LENGTH = 32;
const MIN_CONTEXT_SIMILARITY = 0.5;

function plausibleShortMatch(text: string, c: Candidate, exact: string, ctx: MatchContext): boolean {
  const cutsWord = (before: string | undefined, after: string | undefined) => isWordChar(before) && isWordChar(after);
  const storedStartCut = cutsWord(ctx.prefix?.[ctx.prefix.length - 1], exact[0]);
  const storedEndCut = cutsWord(exact[exact.length - 1], ctx.suffix?.[0]);
  if (!storedStartCut && cutsWord(text[c.start - 1], text[c.start])) return false;
  if (!storedEndCut && cutsWord(text[c.end - 1], text[c.end])) return false;
  const similarity = alignedContextSimilarity(text, c, ctx);
  // Without any stored context there is nothing more to check (e.g. an imported quote).
  return similarity === null || similarity >= MIN_CONTEXT_SIMILARITY;
}

/** Keeps the `limit` candidates nearest the hint, so scoring a very common quote stays cheap. */
function nearest(candidates: Candidate[], hint: number | undefined, limit: number): Candidate[] {
  if (candidates.length <= limit || hint === undefined) return candidates.slice(0, limit);
  return [...candidates].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, limit);
}

/**
 * Windows to search, smallest first. Edits usually move a quote a little, so a
 * window around the old position finds it at a fraction of the cost of scanning a
 * 180,000-character article (approximate search is O(errors/32 × length)).
 * The trade-off: an acceptable match near the old position wins over a slightly
 * better one far away, which is also what a reader would expect.
 */
function searchWindows(textLength: number, hint: number | undefined, quoteLength: number): Array<[number, number]> {
  const whole: [number, number] = [0, textLength];
  if (hint === undefined) return [whole];
  const windows: Array<[number, number]> = [];
  for (const slack of [quoteLength + 64, 8 * quoteLength + 2048]) {
    const start = Math.max(0, hint - slack);
    const end = Math.min(textLength, hint + quoteLength + slack);
    if (start === 0 && end === textLength) break;
    windows.push([start, end]);
  }
  windows.push(whole);
  return windows;
}

function findNormalized(text: string, exact: string): Candidate[] {
  const quote = normalizeQuote(exact);
  // A quote of only spaces would "match" every gap between words.
  if (quote.trim().length === 0) return [];
  const norm = normalizedTextFor(text);
  return findOccurrences(norm.text, quote).map((c) => ({ ...toSourceRange(norm, c.start, c.end), errors: 0 }));
}

/** How many places where the quote's number occurs are searched around (nearest the hint first). */
const MAX_NUMBER_SITES = 20;

/**
 * Fuzzy matches of `exact` around each occurrence of its first number in text[from, to),
 * keeping only those stating the same numbers. approx-string-match reports only the
 * lowest-error matches, so a near-copy with the right number but one more typo than a
 * near-copy with the wrong number would otherwise never be seen.
 */
function searchAroundNumber(text: string, exact: string, ctx: MatchContext, maxErrors: number, cuts: QuoteCuts, from: number, to: number): PlacedResult | null {
  const number = firstNumberAsWritten(exact);
  if (!number) return null;
  const sites = findOccurrences(text.slice(from, to), number).map((c) => ({ ...c, start: c.start + from, end: c.end + from }));
  let best: PlacedResult | null = null;
  for (const site of nearest(sites, ctx.hint, MAX_NUMBER_SITES)) {
    const lo = Math.max(from, site.start - exact.length - maxErrors);
    const hi = Math.min(to, site.end + exact.length + maxErrors);
    for (const m of search(text.slice(lo, hi), exact, maxErrors)) {
      const [start, end] = snapToWords(text, m.start + lo, m.end + lo, cuts);
      if (!sameNumbers(exact, text.slice(start, end))) continue;
      const errors = m.errors + (m.start + lo - start) + (end - m.end - lo);
      const score = scoreCandidate(text, exact.length, { start, end, errors }, ctx);
      if (!best || score > best.score) best = { status: "fuzzy", start, end, score };
    }
  }
  return best;
}

function findFuzzy(
  text: string,
  exact: string,
  ctx: MatchContext,
  acceptErrors: number,
  maxCandidates: number,
  cuts: QuoteCuts,
): PlacedResult | null {
  // Searching with the acceptance threshold returns exactly the matches that a
  // search with Hypothesis's min(256, len/2) would return and we would accept:
  // the library only reports the lowest-error matches. It is just faster.
  const maxErrors = Math.min(MAX_SEARCH_ERRORS, Math.floor(exact.length / 2), acceptErrors);
  for (const [from, to] of searchWindows(text.length, ctx.hint, exact.length)) {
    const window = from === 0 && to === text.length ? text : text.slice(from, to);
    const matches = search(window, exact, maxErrors);
    if (matches.length === 0) continue;
    const candidates = nearest(
      matches.map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors })),
      ctx.hint,
      maxCandidates,
    );
    let best: PlacedResult | null = null;
    let bestSameNumbers = false;
    for (const found of candidates) {
      if (exact.length < SHORT_QUOTE_LENGTH && !plausibleShortMatch(text, found, exact, ctx)) continue;
      // Widened to whole words; the added characters count as errors.
      const [start, end] = snapToWords(text, found.start, found.end, cuts);
      const c = { start, end, errors: found.errors + (found.start - start) + (end - found.end) };
      const score = scoreCandidate(text, exact.length, c, ctx);
      const same = sameNumbers(exact, text.slice(start, end));
      if (!best || (same && !bestSameNumbers) || (same === bestSameNumbers && score > best.score)) {
        best = { status: "fuzzy", start, end, score };
        bestSameNumbers = same;
      }
    }
    // The best match states other numbers ("45,000" for "50,000"): a weaker match around
    // the quote's own number, if any, is the same claim; the stronger one is not.
    if (best && !bestSameNumbers) {
      const alt = searchAroundNumber(text, exact, ctx, maxErrors, cuts, from, to);
      if (alt) best = alt;
    }
    // A match touching a window's inner edge may be the quote cut in half by the
    // window; look again with more room rather than accept a truncated match.
    const touchesEdge = best !== null && ((best.start === from && from > 0) || (best.end === to && to < text.length));
    if (!touchesEdge) return best;
  }
  return null;
}

/** Places an anchor in `text`; see the module comment for the strategy. */
export function resolveAnchor(text: string, anchor: AnchorQuery, options: ResolveOptions = {}): AnchorResult {
  const { exact } = anchor;
  if (exact.length === 0) return { status: "orphan", reason: "The claim has no quoted text to look for." };
  const maxCandidates = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
  const rate = options.maxFuzzyErrorRate ?? DEFAULT_MAX_FUZZY_ERROR_RATE;
  const hint = isOffset(anchor.start, text) ? anchor.start : undefined;
  const ctx: MatchContext = { prefix: anchor.prefix, suffix: anchor.suffix, hint };

  // When fuzzy matching is allowed (re-anchoring, not creation), an occurrence inside
  // longer words ("the" in "thea") is not the quote, at its old place or elsewhere.
  const cuts = storedCuts(exact, anchor.prefix, anchor.suffix);
  const wholeWords = (c: Candidate) => options.fuzzy === false || respectsWords(text, c.start, c.end, cuts);

  // (a) Position: the cheap common case where the text did not move.
  if (hint !== undefined && isOffset(anchor.end, text) && text.slice(hint, anchor.end) === exact && wholeWords({ start: hint, end: anchor.end, errors: 0 })) {
    return { status: "position", start: hint, end: anchor.end, score: 1 };
  }

  // (b) Exact quote.
  const exactHits = findOccurrences(text, exact).filter(wholeWords);
  if (exactHits.length > 0) {
    const { candidate, score } = pickByContext(text, nearest(exactHits, hint, maxCandidates), ctx, exact.length);
    return { status: "quote", start: candidate.start, end: candidate.end, score };
  }

  if (options.fuzzy === false) {
    return { status: "orphan", reason: "The quoted text does not appear in the article." };
  }

  // (b') Same quote up to whitespace, quote marks and dashes.
  const normalizedHits = findNormalized(text, exact).filter(wholeWords);
  if (normalizedHits.length > 0) {
    const { candidate, score } = pickByContext(text, nearest(normalizedHits, hint, maxCandidates), ctx, exact.length);
    return { status: "fuzzy", start: candidate.start, end: candidate.end, score };
  }

  // (c) Fuzzy quote.
  const acceptErrors = Math.floor(exact.length * rate);
  if (acceptErrors >= 1) {
    const fuzzy = findFuzzy(text, exact, ctx, acceptErrors, maxCandidates, cuts);
    if (fuzzy) return fuzzy;
  }

  // (d) Orphan.
  return {
    status: "orphan",
    reason: `The quoted text no longer appears in the article (nothing within ${Math.round(rate * 100)}% of it).`,
  };
}
