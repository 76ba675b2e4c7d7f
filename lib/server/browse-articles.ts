import { withDb } from "@/lib/data/handle";
import { readArticleOwners, readArticlePage, type ArticleListRow } from "@/lib/data/article-list";
import type { Actor } from "@/lib/domain/actor";
import { articleListQuerySchema, type ArticleListQuery, type ArticleListQueryInput } from "@/lib/validation/article-list";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";

export interface ArticlePage {
  items: ArticleListRow[];
  total: number;
  page: number;
  pageCount: number;
  query: ArticleListQuery;
  /** People who own (created) articles, for the owner filter. */
  owners: { id: string; name: string }[];
}

/** The article list, filtered, sorted and paged in the database: it stays fast with thousands. */
export async function browseArticles(actor: Actor, raw: ArticleListQueryInput = {}): Promise<ArticlePage> {
  authorize(actor, "article.read");
  const query = parseInput(articleListQuerySchema, raw);
  const [result, owners] = await withDb((client) => Promise.all([readArticlePage(client, actor.id, query), readArticleOwners(client)]));
  return { items: result.rows, total: result.total, page: result.page, pageCount: result.pageCount, query: { ...query, page: result.page }, owners };
}
