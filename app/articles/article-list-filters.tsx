import Link from "next/link";
import { REVIEW_DISPLAY_LABEL } from "@/lib/domain/review-display";
import { ARTICLE_NEEDS } from "@/lib/validation/article-list";
import { articlesHref, type ArticleParams } from "./articles-url";

const SORT_LABEL = { updated: "Last updated", created: "Date added", title: "Title" } as const;

/**
 * The article list's filters as a plain GET form (they live in the URL, like the review
 * queue's); re-created from the URL on every navigation so it always shows what is applied.
 */
export function ArticleListFilters({ query, owners }: { query: ArticleParams; owners: { id: string; name: string }[] }) {
  const select = "input w-auto min-w-32";
  return (
    <form key={articlesHref(query)} method="get" action="/articles" className="card flex flex-wrap items-end gap-3 p-3" role="search" aria-label="Filter articles">
      <div className="min-w-48 flex-1">
        <label htmlFor="articles-q" className="label">Search titles</label>
        <input id="articles-q" name="q" type="text" className="input" defaultValue={query.q ?? ""} placeholder="Title, publisher or byline" />
      </div>
      <div>
        <label htmlFor="articles-owner" className="label">Owner</label>
        <select id="articles-owner" name="owner" className={select} defaultValue={query.owner ?? ""}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          {owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="articles-has" className="label">Has claims that are</label>
        <select id="articles-has" name="has" className={select} defaultValue={query.has ?? ""}>
          <option value="">Any</option>
          {ARTICLE_NEEDS.map((s) => <option key={s} value={s}>{REVIEW_DISPLAY_LABEL[s]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="articles-sort" className="label">Sort by</label>
        <select id="articles-sort" name="sort" className={select} defaultValue={query.sort ?? "updated"}>
          {Object.entries(SORT_LABEL).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="articles-dir" className="label">Order</label>
        <select id="articles-dir" name="dir" className={select} defaultValue={query.dir ?? "desc"}>
          <option value="desc">Descending</option>
          <option value="asc">Ascending</option>
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className="btn btn-primary">Apply</button>
        <Link href="/articles" className="btn">Reset</Link>
      </div>
    </form>
  );
}
