/**
 * Typographic normalisation for quote matching.
 *
 * Articles get re-pasted from CMSes that swap straight and curly quotes, turn
 * spaces into non-breaking ones, or re-wrap lines. A claim whose quote differs
 * from the text only in such ways is the same claim, so the matcher compares
 * normalised forms before falling back to (costlier, riskier) fuzzy matching.
 *
 * We keep, for every normalised character, the source range it came from, so a
 * match in normalised text maps back to exact offsets in the original.
 */

export interface NormalizedText {
  text: string;
  /** Source offset where normalised char k starts. */
  sourceStart: Int32Array;
  /** Source offset where normalised char k ends (exclusive). */
  sourceEnd: Int32Array;
}

/** JavaScript's \s, by code unit (checked per character of 180,000-character texts: no regex). */
function isWhitespace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Invisible characters that editors insert and readers never see (zero-width, BOM, soft hyphen). */
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;
}

const APOSTROPHE = 0x27;
const QUOTE = 0x22;
const HYPHEN = 0x2d;
const ELLIPSIS = 0x2026;

/** The ASCII stand-in for a typographic character, or the character itself. */
function normalizeCode(c: number): number {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0xb4: case 0x60:
      return APOSTROPHE;
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0xab: case 0xbb:
      return QUOTE;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return HYPHEN;
    default:
      return c;
  }
}

/**
 * Collapses every whitespace run (including newlines and non-breaking spaces) to
 * one space, maps curly quotes and dashes to ASCII, expands "…" to "..." and
 * drops zero-width characters. Case and everything else is kept: "Bounty" and
 * "bounty" are different quotes.
 */
export function normalizeText(source: string): NormalizedText {
  let capacity = source.length;
  for (let i = source.indexOf("\u2026"); i !== -1; i = source.indexOf("\u2026", i + 1)) capacity += 2;
  const codes = new Uint16Array(capacity);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  let n = 0;
  const emit = (code: number, from: number, to: number): void => {
    codes[n] = code;
    starts[n] = from;
    ends[n] = to;
    n++;
  };
  let i = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (isWhitespace(c)) {
      let j = i + 1;
      while (j < source.length && (isWhitespace(source.charCodeAt(j)) || isInvisible(source.charCodeAt(j)))) j++;
      emit(0x20, i, j);
      i = j;
    } else if (isInvisible(c)) {
      i++;
    } else if (c === ELLIPSIS) {
      for (let k = 0; k < 3; k++) emit(0x2e, i, i + 1);
      i++;
    } else {
      emit(normalizeCode(c), i, i + 1);
      i++;
    }
  }
  return { text: decode(codes, n), sourceStart: starts.subarray(0, n), sourceEnd: ends.subarray(0, n) };
}

/** String from UTF-16 code units, in chunks (fromCharCode's argument count is limited). */
function decode(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let at = 0; at < length; at += 8192) {
    parts.push(String.fromCharCode(...codes.subarray(at, Math.min(length, at + 8192))));
  }
  return parts.join("");
}

/** Just the normalised string, for quotes (whose offsets we never need). */
export function normalizeQuote(quote: string): string {
  return normalizeText(quote).text;
}

/** Source range of the normalised range [start, end) (end > start). */
export function toSourceRange(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: norm.sourceStart[start], end: norm.sourceEnd[end - 1] };
}

/**
 * Normalising a 180,000-character article takes a few milliseconds; re-anchoring
 * 2,000 claims against the same text must not pay that 2,000 times. A one-entry
 * cache keyed by the string is enough: callers re-anchor against one text at a time.
 */
let cached: { source: string; norm: NormalizedText } | null = null;

export function normalizedTextFor(source: string): NormalizedText {
  if (cached && cached.source === source) return cached.norm;
  const norm = normalizeText(source);
  cached = { source, norm };
  return norm;
}
