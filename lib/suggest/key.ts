// Characters NFKC leaves as they are and that never combine with a neighbour: ASCII and the
// typographic quotes, dashes and currency signs of news copy.
const NFKC_STABLE = /^[\x00-\x7f‘’“”–—£€]*$/;

/**
 * Normalise a sentence so cosmetic edits (case, quote style, spacing, punctuation) keep the
 * same key, while any change of wording yields a new one (and so a fresh suggestion).
 */
export function normaliseSentence(text: string): string {
  // Most sentences need no NFKC pass (NFKC_STABLE): skip its cost for them.
  return (NFKC_STABLE.test(text) ? text : text.normalize("NFKC")).toLowerCase()
    .replace(/['’‘]/g, "") // "Putin's" and "Putin’s" → "putins"
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// cyrb53: a fast, well-distributed 53-bit string hash. Not cryptographic; collisions only
// matter within one article's dismissals, where 53 bits is ample.
function cyrb53(str: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Stable key for remembering per-article dismissals, e.g. "cw-1a2b3c4d5e6f7". */
export function claimKey(sentence: string): string {
  return `cw-${cyrb53(normaliseSentence(sentence)).toString(16).padStart(14, "0")}`;
}
