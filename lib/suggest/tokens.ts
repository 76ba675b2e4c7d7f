/** A word-like token with its position in the sentence. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Letters/digits plus inner apostrophes, dots and hyphens so "Putin's", "U.S." and
// "two-thirds" stay single tokens.
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?/gu;

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    // Keep a trailing dot only for dotted abbreviations ("U.S."), not sentence ends.
    let text = m[0];
    if (text.endsWith(".") && !/\.\p{L}\.$/u.test(text)) text = text.slice(0, -1);
    const start = m.index ?? 0;
    out.push({ text, lower: text.toLowerCase(), start, end: start + text.length });
  }
  return out;
}

export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
