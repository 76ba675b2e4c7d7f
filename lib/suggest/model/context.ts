import { namedFeatures, featureRow, type SparseRow } from "./features";
import { annotateSentences, type TextRange } from "./nlp";
import type { NamedFeature } from "./feature-catalogue";

/** Share of a sentence's word trigrams above which it repeats earlier text (captions, pull quotes). */
const REPEAT_SHARE = 0.6;
const MIN_TRIGRAMS = 4;

function trigrams(text: string): string[] {
  const w = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + 2 < w.length; i++) out.push(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

export interface SentenceFeatures {
  text: string;
  named: Set<NamedFeature>;
  row: SparseRow;
}

/**
 * Features of the sentences of one document, in order. The context a single sentence cannot
 * know: the first line is the headline, and a sentence that mostly repeats earlier text adds
 * nothing new. Linear: each sentence is checked against one set of all trigrams seen so far.
 */
export function documentFeatures(text: string, ranges: readonly TextRange[]): SentenceFeatures[] {
  const annotated = annotateSentences(text, ranges);
  const seen = new Set<string>();
  return annotated.map((sentence, i) => {
    const grams = trigrams(sentence.text);
    const repeats = grams.length >= MIN_TRIGRAMS && grams.filter((g) => seen.has(g)).length / grams.length >= REPEAT_SHARE;
    for (const g of grams) seen.add(g);
    const named = namedFeatures(sentence, { first: i === 0, repeats });
    return { text: sentence.text, named, row: featureRow(named, sentence.tokens) };
  });
}
