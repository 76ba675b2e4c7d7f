/**
 * Turning what a person typed into an SQLite FTS5 MATCH expression. The input is always
 * treated as text to look for, never as query syntax: every word is quoted as an FTS5
 * string, so `"`, `*`, `(`, `-`, `:`, `^`, NEAR, AND, OR and NOT are just characters or
 * words, and no input can produce an FTS5 syntax error.
 */

/** A searchable chunk must contain a letter or digit; the tokenizer ignores the rest. */
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Control characters (including the highlight markers) mean nothing to a search. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

export const MAX_QUERY_TERMS = 12;
export const MAX_TERM_LENGTH = 64;

/** One FTS5 string: double quotes inside are doubled, as FTS5 requires. */
export function quoteFtsString(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** The whitespace-separated chunks of a query that contain something to search for. */
export function queryTerms(input: string, maxTerms = MAX_QUERY_TERMS): string[] {
  return input
    .replace(CONTROL, " ")
    .split(/\s+/)
    .filter((chunk) => HAS_WORD.test(chunk))
    .map((chunk) => chunk.slice(0, MAX_TERM_LENGTH))
    .slice(0, maxTerms);
}

export interface MatchQueryOptions {
  /**
   * Match the last word as a prefix ("infla" finds "inflation") unless the input ends with
   * a space, i.e. the person finished typing it. Default true.
   */
  prefixLast?: boolean;
  maxTerms?: number;
}

/**
 * Every word must occur (FTS5's implicit AND); a word with punctuation inside ("U.S.",
 * "Putin's", "bbc.co.uk") is a phrase of its tokens. Returns null when nothing is
 * searchable, e.g. for "" or "*** ( -".
 */
export function buildMatchQuery(input: string, options: MatchQueryOptions = {}): string | null {
  const terms = queryTerms(input, options.maxTerms);
  if (terms.length === 0) return null;
  const prefixLast = (options.prefixLast ?? true) && !/\s$/.test(input);
  return terms
    .map((term, i) => quoteFtsString(term) + (prefixLast && i === terms.length - 1 ? "*" : ""))
    .join(" ");
}

/** Small English stop-word list: words that say nothing about what a claim is about ("us" stays: the US). */
const STOPWORDS = new Set(
  (
    "a an and are as at be been being but by can could did do does for from had has have he her his i if in into is it its " +
    "me more most my no not of on or our she so than that the their them then there these they this those to too under up " +
    "was we were what when where which while who whom why will with would you your said says say also about after " +
    "before over just very than such only own same other some any each all both few"
  ).split(" "),
);

/** Lower-cased distinct words of `texts`, without stop-words, in first-seen order. */
export function significantWords(texts: ReadonlyArray<string | null | undefined>, maxWords = 32): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.normalize("NFKC").toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = match[0];
      if (seen.has(word) || STOPWORDS.has(word)) continue;
      if (word.length < 2 && !/\p{N}/u.test(word)) continue;
      seen.add(word);
      if (seen.size >= maxWords) return [...seen];
    }
  }
  return [...seen];
}

/**
 * "Any of these words", for ranking similar claims with bm25: more shared rare words rank
 * higher. Optionally restricted to some columns (FTS5 column filter `{a b} : (...)`).
 */
export function buildAnyWordQuery(words: readonly string[], columns?: readonly string[]): string | null {
  if (words.length === 0) return null;
  const any = words.map(quoteFtsString).join(" OR ");
  return columns && columns.length > 0 ? `{${columns.join(" ")}} : (${any})` : any;
}

/**
 * How many of a claim's significant words another text must share to count as "similar":
 * a quarter of them, at least one and at most four. One shared word ("Russia") is not a
 * prior fact-check of the same claim; four shared rare words nearly always are.
 */
export function minSharedWords(queryWordCount: number): number {
  return Math.min(4, Math.max(1, Math.ceil(queryWordCount * 0.25)));
}
