import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";
import { toArticleView, type ArticleView } from "./support/article-view";
import type { ClaimView } from "./support/claim-view";
import { readArticleClaims } from "./support/read-article-claims";

/** An article with its live claims (document order), anchors and linked sources. */
export async function getArticle(actor: Actor, articleId: string): Promise<{ article: ArticleView; claims: ClaimView[] }> {
  authorize(actor, "article.read");
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    include: { createdBy: { select: { id: true, name: true } } },
  });
  if (!article) throw notFound("The article");
  return { article: toArticleView(article), claims: readArticleClaims(articleId) };
}
