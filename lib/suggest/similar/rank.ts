import { minSharedWords, significantWords } from "@/lib/search";
import { charGramCounts, cosine, documentFrequencies, tfidf } from "./char-tfidf";
import { claimNumbers, numberAgreement } from "./claim-numbers";

export interface ClaimText {
  id: string;
  /** What the claim says: the normalised one-liner if there is one, and the quote. */
  text: string;
}

export interface RankedClaim {
  id: string;
  /** Similarity in 0..1: character n-gram cosine and shared words, times number agreement. */
  score: number;
  /** "same" when both state the same numbers, "differ" when their numbers disagree. */
  numbers: "same" | "differ" | "none";
}

/** Below this a candidate is not shown as a prior fact-check. */
export const MIN_SIMILARITY = 0.1;
const CHAR_WEIGHT = 0.7;
/** A character-level match this close counts even without enough shared words (knife / knives). */
const CLOSE_MATCH = 0.3;

function wordOverlap(query: readonly string[], candidate: readonly string[]): number {
  if (query.length === 0 || candidate.length === 0) return 0;
  const set = new Set(candidate);
  const shared = query.filter((w) => set.has(w)).length;
  return shared / Math.sqrt(query.length * candidate.length);
}

/**
 * Rank candidate claims by how likely they are a prior fact-check of `query`: paraphrase- and
 * order-tolerant character n-gram TF-IDF cosine blended with shared significant words, scaled
 * by whether the numbers agree. A candidate must share a quarter of the query's words (the
 * FTS rule) or be a close character-level match, so one common word is not enough.
 */
export function rankSimilarClaims(query: string, candidates: readonly ClaimText[]): RankedClaim[] {
  if (candidates.length === 0) return [];
  const queryCounts = charGramCounts(query);
  const candidateCounts = candidates.map((c) => charGramCounts(c.text));
  const df = documentFrequencies([queryCounts, ...candidateCounts]);
  const docCount = candidates.length + 1;
  const queryVector = tfidf(queryCounts, df, docCount);
  const queryWords = significantWords([query], 64);
  const needed = minSharedWords(queryWords.length);
  const queryNumbers = claimNumbers(query);
  const ranked: RankedClaim[] = [];
  candidates.forEach((c, i) => {
    const chars = cosine(queryVector, tfidf(candidateCounts[i], df, docCount));
    const words = significantWords([c.text], 64);
    const shared = words.filter((w) => queryWords.includes(w)).length;
    if (shared < needed && chars < CLOSE_MATCH) return;
    const numbers = claimNumbers(c.text);
    const agreement = numberAgreement(queryNumbers, numbers);
    const score = (CHAR_WEIGHT * chars + (1 - CHAR_WEIGHT) * wordOverlap(queryWords, words)) * agreement;
    if (score < MIN_SIMILARITY) return;
    const both = queryNumbers.size > 0 && numbers.size > 0;
    ranked.push({ id: c.id, score: Number(score.toFixed(4)), numbers: !both ? "none" : agreement === 1 ? "same" : "differ" });
  });
  return ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
