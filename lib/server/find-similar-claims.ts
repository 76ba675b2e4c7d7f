import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { buildAnyWordQuery, minSharedWords, significantWords } from "@/lib/search";
import { authorize } from "./support/authorize";
import { claimInclude, toClaimView, type ClaimView } from "./support/claim-view";

export interface SimilarClaimView {
  claim: ClaimView;
  article: { id: string; title: string; publisher: string | null };
  /** bm25 relevance, higher is more similar; only meaningful within one answer. */
  score: number;
}

export const SIMILAR_CLAIMS_LIMIT = 5;
/** Candidates ranked by bm25 before the shared-words filter picks the five shown. */
const CANDIDATES = 25;

/** bm25 column weights for search_claim(ref_id, article_id, exact, normalized, claimant, rationale). */
const WEIGHTS = "0, 0, 1.0, 2.0, 0.5, 0";

/**
 * Prior fact-checks: up to five claims from other articles that say much the same thing,
 * ranked by FTS5 bm25 over the normalised claim, the quote and the claimant. The words of
 * this claim are searched as "any of" (stop-words dropped), so a claim sharing more and
 * rarer words ranks higher; a candidate must also share a quarter of the words (at least
 * one, at most four), so a single common word ("Russia") does not make a prior fact-check.
 */
export async function findSimilarClaims(actor: Actor, claimId: string): Promise<{ claimId: string; similar: SimilarClaimView[] }> {
  authorize(actor, "article.read");
  const claim = await db.claim.findFirst({
    where: { id: claimId, deletedAt: null, article: { deletedAt: null } },
    select: { id: true, articleId: true, exact: true, normalized: true, claimant: true },
  });
  if (!claim) throw notFound("The claim");
  const words = significantWords([claim.normalized, claim.exact, claim.claimant]);
  const match = buildAnyWordQuery(words, ["exact", "normalized", "claimant"]);
  if (!match) return { claimId, similar: [] };
  const candidates = await db.$queryRawUnsafe<Array<{ id: string; rank: number; exact: string; normalized: string | null; claimant: string | null }>>(
    `SELECT c."id" AS id, bm25(search_claim, ${WEIGHTS}) AS rank, c."exact" AS exact, c."normalized" AS normalized, c."claimant" AS claimant
       FROM search_claim
       JOIN "Claim" c ON c."id" = search_claim.ref_id AND c."deletedAt" IS NULL
       JOIN "Article" a ON a."id" = c."articleId" AND a."deletedAt" IS NULL
      WHERE search_claim MATCH ? AND c."articleId" <> ?
      ORDER BY rank
      LIMIT ?`,
    match,
    claim.articleId,
    CANDIDATES,
  );
  // Sharing one common word ("Russia") is not the same claim: require a share of the words.
  const wanted = new Set(words);
  const needed = minSharedWords(words.length);
  const ranked = candidates
    .filter((c) => significantWords([c.normalized, c.exact, c.claimant], 64).filter((w) => wanted.has(w)).length >= needed)
    .slice(0, SIMILAR_CLAIMS_LIMIT);
  if (ranked.length === 0) return { claimId, similar: [] };
  const rows = await db.claim.findMany({
    where: { id: { in: ranked.map((r) => r.id) } },
    include: { ...claimInclude, article: { select: { id: true, title: true, publisher: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const similar = ranked.flatMap((r) => {
    const row = byId.get(r.id);
    if (!row) return [];
    const { article, ...rest } = row;
    return [{ claim: toClaimView(rest), article, score: Number((-Number(r.rank)).toPrecision(4)) }];
  });
  return { claimId, similar };
}
