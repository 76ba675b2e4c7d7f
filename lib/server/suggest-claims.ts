import { readTransaction } from "@/lib/data/transaction";
import { findArticleForSuggestions, listDismissedKeys, listPlacedClaimRanges } from "@/lib/data/suggestions";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { buildAnchor } from "@/lib/anchoring";
import { suggestClaims as scoreArticle } from "@/lib/suggest";
import { authorize } from "./support/authorize";
import type { SuggestionView, SuggestionsResult } from "@/lib/contracts/revisions";
export type { SuggestionView, SuggestionsResult };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Sentences of the article worth checking, in reading order, minus those an editor
 * dismissed and those a claim already covers (any overlap with a placed claim).
 */
export async function suggestClaims(actor: Actor, articleId: string): Promise<SuggestionsResult> {
  authorize(actor, "article.read");
  // One snapshot: the text and the claims' offsets come from the same revision.
  const { article, dismissed, claims } = await readTransaction(async (tx) => {
    const article = await findArticleForSuggestions(tx, articleId);
    if (!article) throw notFound("The article");
    return { article, dismissed: await listDismissedKeys(tx, articleId), claims: await listPlacedClaimRanges(tx, articleId) };
  });
  const suggestions = scoreArticle(article.text, { dismissed })
    .filter((s) => !claims.some((c) => overlaps(s, c)))
    .map((s) => {
      const anchor = buildAnchor(article.text, s.start, s.end);
      return { key: s.key, text: anchor.exact, start: s.start, end: s.end, prefix: anchor.prefix, suffix: anchor.suffix, score: s.score, reasons: s.reasons };
    });
  return { articleId, version: article.version, suggestions };
}
