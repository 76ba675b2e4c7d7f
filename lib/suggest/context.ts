import { extractFeatures } from "./features";
import type { FeatureHits } from "./feature-names";

// Word trigrams of a sentence, for spotting captions/standfirsts that repeat body text.
function trigrams(text: string): string[] {
  const w = text.toLowerCase().replace(/[’']s\b/g, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + 2 < w.length; i++) out.push(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** Share of a sentence's trigrams above which it counts as repeating earlier text. */
const REPEAT_SHARE = 0.6;
const MIN_TRIGRAMS = 4;

/**
 * Features for a document's sentences in order, adding what a single sentence cannot
 * know: the opening line is a headline (so missing punctuation is expected), and a
 * sentence that largely repeats earlier text (photo captions, pull quotes) adds nothing.
 * Linear time: each sentence is compared against one set of all trigrams seen so far.
 */
export function featuresInContext(sentences: readonly string[]): FeatureHits[] {
  const seen = new Set<string>();
  return sentences.map((text, i) => {
    const hits = extractFeatures(text);
    if (i === 0) hits.delete("unpunctuated");
    const grams = trigrams(text);
    if (grams.length >= MIN_TRIGRAMS) {
      const repeated = grams.filter((g) => seen.has(g)).length;
      if (repeated / grams.length >= REPEAT_SHARE) hits.set("repeat", "repeats earlier text");
    }
    for (const g of grams) seen.add(g);
    return hits;
  });
}
