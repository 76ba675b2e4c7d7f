import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { buildAnyWordQuery, significantWords } from "@/lib/search";
import { rankSimilarClaims, type ClaimText } from "@/lib/suggest/similar/rank";
import { authorize } from "./support/authorize";
import { claimInclude, toClaimView, type ClaimView } from "./support/claim-view";
import type { SimilarClaimView } from "@/lib/contracts/claims";
export type { SimilarClaimView };

export const SIMILAR_CLAIMS_LIMIT = 5;
/** Candidates from full-text search (any shared word, best bm25 first). */
const FTS_CANDIDATES = 200;
/** Plus the most recently changed claims, so a paraphrase sharing few words can still be found. */
const RECENT_CANDIDATES = 300;

/** bm25 column weights for search_claim(ref_id, article_id, exact, normalized, claimant, rationale). */
const WEIGHTS = "0, 0, 1.0, 2.0, 0.5, 0";

const claimText = (c: { normalized: string | null; exact: string }): string => (c.normalized ? `${c.normalized}. ${c.exact}` : c.exact);

/**
 * Prior fact-checks: up to five claims from other articles that say the same thing. Candidates
 * come from FTS5 (any significant word of this claim) plus a bounded scan of recent claims; they
 * are ranked by character n-gram TF-IDF cosine and shared words, scaled by whether the numbers
 * agree (lib/suggest/similar), so paraphrases and reordered wording match and a claim about
 * 45,000 ranks below one about the same 50,000.
 */
export async function findSimilarClaims(actor: Actor, claimId: string): Promise<{ claimId: string; similar: SimilarClaimView[] }> {
  authorize(actor, "article.read");
  const claim = await db.claim.findFirst({
    where: { id: claimId, deletedAt: null, article: { deletedAt: null } },
    select: { id: true, articleId: true, exact: true, normalized: true, claimant: true },
  });
  if (!claim) throw notFound("The claim");
  const match = buildAnyWordQuery(significantWords([claim.normalized, claim.exact]), ["exact", "normalized"]);
  const fromSearch = match
    ? await db.$queryRawUnsafe<Array<{ id: string; exact: string; normalized: string | null }>>(
      `SELECT c."id" AS id, c."exact" AS exact, c."normalized" AS normalized
         FROM search_claim
         JOIN "Claim" c ON c."id" = search_claim.ref_id AND c."deletedAt" IS NULL
         JOIN "Article" a ON a."id" = c."articleId" AND a."deletedAt" IS NULL
        WHERE search_claim MATCH ? AND c."articleId" <> ?
        ORDER BY bm25(search_claim, ${WEIGHTS})
        LIMIT ?`,
      match, claim.articleId, FTS_CANDIDATES,
    )
    : [];
  const recent = await db.claim.findMany({
    where: { deletedAt: null, articleId: { not: claim.articleId }, article: { deletedAt: null } },
    select: { id: true, exact: true, normalized: true },
    orderBy: { updatedAt: "desc" },
    take: RECENT_CANDIDATES,
  });
  const candidates = new Map<string, ClaimText>();
  for (const c of [...fromSearch, ...recent]) candidates.set(c.id, { id: c.id, text: claimText(c) });
  const ranked = rankSimilarClaims(claimText(claim), [...candidates.values()]).slice(0, SIMILAR_CLAIMS_LIMIT);
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
    return [{ claim: toClaimView(rest), article, score: r.score, numbers: r.numbers }];
  });
  return { claimId, similar };
}
