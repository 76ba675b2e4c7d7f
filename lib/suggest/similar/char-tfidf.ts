/**
 * Character n-gram TF-IDF vectors (3- to 5-grams inside word boundaries) and their cosine.
 * Character grams match inflections and reordered wording ("homes were completed" vs "built
 * new homes") that whole-word search misses; IDF from the compared texts themselves keeps
 * frequent grams ("the ") from dominating.
 */
export type SparseVector = Map<string, number>;

const MIN_N = 3;
const MAX_N = 5;

export function normaliseForGrams(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export function charGramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of normaliseForGrams(text).split(" ")) {
    if (!word) continue;
    const padded = ` ${word} `;
    for (let n = MIN_N; n <= MAX_N; n++) {
      for (let i = 0; i + n <= padded.length; i++) {
        const g = padded.slice(i, i + n);
        counts.set(g, (counts.get(g) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Document frequency of each gram over a set of texts' gram counts. */
export function documentFrequencies(docs: readonly Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const g of doc.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  return df;
}

/** Unit-length TF-IDF vector: sublinear term frequency, smoothed IDF. */
export function tfidf(counts: Map<string, number>, df: Map<string, number>, docCount: number): SparseVector {
  const v: SparseVector = new Map();
  let norm = 0;
  for (const [g, c] of counts) {
    const w = (1 + Math.log(c)) * (Math.log((docCount + 1) / ((df.get(g) ?? 0) + 1)) + 1);
    v.set(g, w);
    norm += w * w;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [g, w] of v) v.set(g, w * scale);
  return v;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small) dot += w * (large.get(g) ?? 0);
  return dot;
}
