import type { FeatureHits } from "./feature-names";

// Quote spans. Straight and curly single quotes double as apostrophes, so they only
// count when they sit at a word boundary on the outside ("'pay a price'", not "Putin's").
const SPANS: readonly RegExp[] = [
  /“([^”]*)”?/g,
  /"([^"]*)"?/g,
  /(?:^|(?<=[\s(\[—-]))‘(.+?)(?:’(?=$|[\s,.;:!?)\]—-])|$)/g,
  /(?:^|(?<=[\s(\[—-]))'(.+?)(?:'(?=$|[\s,.;:!?)\]—-])|$)/g,
];

interface QuoteInfo {
  /** Longest quoted span, in words. */
  longest: number;
  /** Text outside all quotes. */
  outside: string;
  /** Sentence opens inside a quote (starts with a quote mark or closes one never opened). */
  quoteLed: boolean;
}

export function analyseQuotes(sentence: string): QuoteInfo {
  let longest = 0;
  let outside = sentence;
  for (const re of SPANS) {
    for (const m of sentence.matchAll(re)) {
      const words = (m[1] ?? "").split(/\s+/).filter(Boolean).length;
      longest = Math.max(longest, words);
      if (words >= 3) outside = outside.replace(m[0], " ");
    }
  }
  // A continuation line of a multi-sentence quote ends with a closing mark but never opened one.
  const continuation = /[.!?,]['"’”]$/.test(sentence) && !/^['"‘“]/.test(sentence)
    && (sentence.match(/['"‘“’”]/g) ?? []).length === 1;
  if (continuation) {
    longest = Math.max(longest, sentence.split(/\s+/).length);
    outside = "";
  }
  return { longest, outside, quoteLed: /^['"‘“]/.test(sentence) || continuation };
}

export function quoteFeatures(sentence: string, hasAttributionOutside: (outside: string) => boolean, hits: FeatureHits): void {
  const q = analyseQuotes(sentence);
  if (q.longest >= 3) hits.set("direct_quote", "direct quote");
  // A sentence that is nothing but quoted speech is usually the speaker's voice (opinion,
  // colour), with the checkable "who said it" in a neighbouring sentence.
  if (q.quoteLed && q.longest >= 3 && !hasAttributionOutside(q.outside)) {
    hits.set("quote_only", "quote without attribution");
  }
}
