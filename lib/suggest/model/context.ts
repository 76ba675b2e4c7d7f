import { namedFeatures, featureRow, QUESTION_END, VECTOR_DIMENSIONS, VECTOR_OFFSET, VECTOR_WEIGHT, type SparseRow } from "./features";
import { annotateSentences, type TextRange } from "./nlp";
import type { NamedFeature } from "./feature-catalogue";
import vectorFile from "./word-vectors.json";
import { WordVectors, withSentenceVector, type WordVectorFile } from "./word-vectors";

const VECTORS = new WordVectors(vectorFile as WordVectorFile);
if (VECTORS.dimensions !== VECTOR_DIMENSIONS) throw new Error("lib/suggest/model/word-vectors.json does not have the dimensions the features expect.");

/** Share of a sentence's word trigrams above which it repeats earlier text (captions, pull quotes). */
const REPEAT_SHARE = 0.6;
const MIN_TRIGRAMS = 4;

const WORD = /[\p{L}\p{N}]+/gu;
/** Word ids below 2^15 keep a word pair one small integer (a * 2^15 + b < 2^30). */
const ID_LIMIT = 1 << 15;

/**
 * Word trigrams seen so far in one document. Words are numbered as they appear and a trigram
 * is kept as (pair of the first two words → set of third words), all small integers: the same
 * set as "a b c" strings with far less garbage. A document with more than 2^15 distinct words
 * falls back to string keys.
 */
export class TrigramMemory {
  private ids = new Map<string, number>();
  private pairs = new Map<number, Set<number>>();
  private strings: Set<string> | undefined;

  /** How many of the sentence's word trigrams were seen before; then remembers them all. */
  countAndAdd(text: string): { total: number; repeated: number } {
    const w = text.toLowerCase().match(WORD) ?? [];
    const total = Math.max(0, w.length - 2);
    if (total === 0) return { total, repeated: 0 };
    const id = new Array<number>(w.length);
    for (let i = 0; i < w.length; i++) {
      let n = this.ids.get(w[i]);
      if (n === undefined) this.ids.set(w[i], (n = this.ids.size));
      id[i] = n;
    }
    if (this.ids.size > ID_LIMIT || this.strings) return this.countAndAddStrings(w, total);
    let repeated = 0;
    for (let i = 0; i < total; i++) {
      const third = this.pairs.get(id[i] * ID_LIMIT + id[i + 1]);
      if (third !== undefined && third.has(id[i + 2])) repeated++;
    }
    for (let i = 0; i < total; i++) {
      const pair = id[i] * ID_LIMIT + id[i + 1];
      let third = this.pairs.get(pair);
      if (third === undefined) this.pairs.set(pair, (third = new Set()));
      third.add(id[i + 2]);
    }
    return { total, repeated };
  }

  private countAndAddStrings(w: readonly string[], total: number): { total: number; repeated: number } {
    if (!this.strings) {
      // Re-key everything seen so far as strings, once.
      const words = [...this.ids.keys()];
      this.strings = new Set();
      for (const [pair, thirds] of this.pairs) {
        for (const c of thirds) this.strings.add(`${words[Math.floor(pair / ID_LIMIT)]} ${words[pair % ID_LIMIT]} ${words[c]}`);
      }
    }
    const grams = new Array<string>(total);
    let repeated = 0;
    for (let i = 0; i < total; i++) {
      grams[i] = `${w[i]} ${w[i + 1]} ${w[i + 2]}`;
      if (this.strings.has(grams[i])) repeated++;
    }
    for (const g of grams) this.strings.add(g);
    return { total, repeated };
  }
}

const FIGURE = /\d+(?:[.,]\d+)*/g;

/** The figures a sentence states, thousands separators removed ("2,400" and "2400" are one figure). */
function figuresOf(text: string): string[] {
  return (text.match(FIGURE) ?? []).map((f) => f.replace(/,(?=\d{3}\b)/g, ""));
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
  const seen = new TrigramMemory();
  const figures = new Set<string>();
  return annotated.map((sentence, i) => {
    const { total, repeated } = seen.countAndAdd(sentence.text);
    const repeats = total >= MIN_TRIGRAMS && repeated / total >= REPEAT_SHARE;
    const stated = figuresOf(sentence.text);
    const figuresSeen = stated.length > 0 && stated.every((f) => figures.has(f));
    for (const f of stated) figures.add(f);
    const afterQuestion = i > 0 && QUESTION_END.test(annotated[i - 1].text.trim());
    const named = namedFeatures(sentence, { first: i === 0, repeats, figuresSeen, afterQuestion });
    const row = withSentenceVector(featureRow(named, sentence.tokens), VECTORS.sentenceVector(sentence.text), VECTOR_OFFSET, VECTOR_WEIGHT);
    return { text: sentence.text, named, row };
  });
}
