import { readArticleSummaries, type ArticleSummaryRow } from "@/lib/data/article-list";
import { withDb } from "@/lib/data/handle";
import type { Actor } from "@/lib/domain/actor";
import { authorize } from "./support/authorize";

export type ArticleSummary = ArticleSummaryRow;

/** The article list: counts come from one grouped query, not one query per article. */
export async function listArticles(actor: Actor): Promise<ArticleSummary[]> {
  authorize(actor, "article.read");
  return withDb(readArticleSummaries);
}
