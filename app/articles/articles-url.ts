import type { ArticleListQuery } from "@/lib/validation/article-list";

export type ArticleParams = Partial<Pick<ArticleListQuery, "q" | "owner" | "has" | "sort" | "dir" | "page">>;

const DEFAULTS: ArticleParams = { sort: "updated", dir: "desc", page: 1 };
const ORDER: (keyof ArticleParams)[] = ["q", "owner", "has", "sort", "dir", "page"];

/** The /articles address for a view; changing anything but the page goes back to page 1. */
export function articlesHref(current: ArticleParams, change: ArticleParams = {}): string {
  const resetsPage = Object.keys(change).some((k) => k !== "page");
  const merged: ArticleParams = { ...current, ...(resetsPage ? { page: 1 } : {}), ...change };
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = merged[key];
    if (value === undefined || value === null || value === "" || value === DEFAULTS[key]) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/articles?${qs}` : "/articles";
}
