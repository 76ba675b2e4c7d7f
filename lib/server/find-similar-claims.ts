import { withDb } from "@/lib/data/handle";
import { claimViewsWithArticle, findClaimWording, recentClaimsOfOtherArticles, searchClaimsOfOtherArticles } from "@/lib/data/suggestions";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { significantWords } from "@/lib/search";
import { rankSimilarClaims, type ClaimText } from "@/lib/suggest/similar/rank";
import { authorize } from "./support/authorize";
import type { SimilarClaimView } from "@/lib/contracts/claims";
export type { SimilarClaimView };

export const SIMILAR_CLAIMS_LIMIT = 5;
/** Candidates from full-text search (any shared word, best bm25 first). */
const FTS_CANDIDATES = 200;
/** Plus the most recently changed claims, so a paraphrase sharing few words can still be found. */
const RECENT_CANDIDATES = 300;

const claimText = (c: { normalized: string | null; exact: string }): string => (c.normalized ? `${c.normalized}. ${c.exact}` : c.exact);

/**
 * Prior fact-checks: up to five claims from other articles that say the same thing. Candidates
 * come from the database's full-text search (any significant word of this claim) plus a bounded scan of recent claims; they
 * are ranked by character n-gram TF-IDF cosine and shared words, scaled by whether the numbers
 * agree (lib/suggest/similar), so paraphrases and reordered wording match and a claim about
 * 45,000 ranks below one about the same 50,000.
 */
export async function findSimilarClaims(actor: Actor, claimId: string): Promise<{ claimId: string; similar: SimilarClaimView[] }> {
  authorize(actor, "article.read");
  return withDb(async (db) => {
  const claim = await findClaimWording(db, claimId);
  if (!claim) throw notFound("The claim");
  const fromSearch = await searchClaimsOfOtherArticles(db, significantWords([claim.normalized, claim.exact]), claim.articleId, FTS_CANDIDATES);
  const recent = await recentClaimsOfOtherArticles(db, claim.articleId, RECENT_CANDIDATES);
  const candidates = new Map<string, ClaimText>();
  for (const c of [...fromSearch, ...recent]) candidates.set(c.id, { id: c.id, text: claimText(c) });
  const ranked = rankSimilarClaims(claimText(claim), [...candidates.values()]).slice(0, SIMILAR_CLAIMS_LIMIT);
  if (ranked.length === 0) return { claimId, similar: [] };
  const views = await claimViewsWithArticle(db, ranked.map((r) => r.id));
  const similar = ranked.flatMap((r) => {
    const view = views.get(r.id);
    return view ? [{ ...view, score: r.score, numbers: r.numbers }] : [];
  });
  return { claimId, similar };
  });
}
