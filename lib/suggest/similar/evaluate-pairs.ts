import type { ClaimText, RankedClaim } from "./rank";

export interface PairQuery {
  group: string;
  query: string;
}

export interface PairEvaluation {
  queries: number;
  /** Share of paraphrase queries whose prior fact-check is ranked in the top 3. */
  top3: number;
  /** Share of queries whose prior ranks above the same-topic, different-claim distractor. */
  priorAboveDifferent: number;
}

/**
 * Evaluate a ranker on labelled pairs: the database holds every prior, every same-topic
 * "different" claim and the unrelated claims; each paraphrase is a query. Ids are
 * `<group>:<kind>:<n>`. A prior or distractor not returned at all counts as ranked last.
 */
export function evaluatePairs(
  queries: readonly PairQuery[], database: readonly ClaimText[],
  rank: (query: string, candidates: readonly ClaimText[]) => RankedClaim[],
): PairEvaluation {
  let top3 = 0;
  let above = 0;
  for (const q of queries) {
    const ranked = rank(q.query, database).map((r) => r.id);
    const position = (kind: string) => {
      const i = ranked.findIndex((id) => id.startsWith(`${q.group}:${kind}:`));
      return i < 0 ? Number.POSITIVE_INFINITY : i;
    };
    const prior = position("prior");
    if (prior < 3) top3++;
    if (prior < position("different")) above++;
  }
  const n = queries.length;
  return { queries: n, top3: n ? top3 / n : 0, priorAboveDifferent: n ? above / n : 0 };
}
