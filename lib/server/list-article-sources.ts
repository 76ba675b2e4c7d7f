import { articleExists } from "@/lib/data/articles";
import { withDb } from "@/lib/data/handle";
import { listSourcesCitedByArticle } from "@/lib/data/sources";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";
import type { ArticleSourceView } from "@/lib/contracts/articles";
export type { ArticleSourceView };

/** Sources already cited by this article's claims, for "reuse a source" pickers. */
export async function listArticleSources(actor: Actor, articleId: string, query?: string): Promise<ArticleSourceView[]> {
  authorize(actor, "article.read");
  const q = query?.trim();
  return withDb(async (client) => {
    if (!(await articleExists(client, articleId))) throw notFound("The article");
    return listSourcesCitedByArticle(client, articleId, q || undefined);
  });
}
