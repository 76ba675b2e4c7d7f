import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { readArticleWithClaims, type ArticleView } from "@/lib/data/articles";
import type { ClaimView } from "@/lib/data/claims";
import { authorize } from "./support/authorize";

/** An article with its live claims (document order), anchors and linked sources, from one snapshot. */
export async function getArticle(actor: Actor, articleId: string): Promise<{ article: ArticleView; claims: ClaimView[] }> {
  authorize(actor, "article.read");
  const found = await readArticleWithClaims(articleId);
  if (!found) throw notFound("The article");
  return found;
}
