import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";
import type { ArticleView } from "./support/article-view";
import type { ClaimView } from "./support/claim-view";
import { readArticleWithClaims } from "./support/read-article-claims";

/** An article with its live claims (document order), anchors and linked sources, from one snapshot. */
export async function getArticle(actor: Actor, articleId: string): Promise<{ article: ArticleView; claims: ClaimView[] }> {
  authorize(actor, "article.read");
  const found = readArticleWithClaims(articleId);
  if (!found) throw notFound("The article");
  return found;
}
