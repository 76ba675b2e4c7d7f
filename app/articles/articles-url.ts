import type { ArticleListQuery } from "@/lib/validation/article-list";
import { urlFilters } from "../_components/filters/url-filters";

export type ArticleParams = Partial<Pick<ArticleListQuery, "q" | "owner" | "has" | "sort" | "dir" | "page">>;

/** The /articles address for a view (rules in url-filters). */
export const articlesHref = urlFilters<ArticleParams>({
  path: "/articles",
  order: ["q", "owner", "has", "sort", "dir", "page"],
  defaults: { sort: "updated", dir: "desc", page: 1 },
});
