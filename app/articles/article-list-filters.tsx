import { REVIEW_DISPLAY_LABEL } from "@/lib/domain/review-display";
import { ARTICLE_NEEDS } from "@/lib/validation/article-list";
import { FilterForm, FilterSearch, FilterSelect, ORDER_OPTIONS } from "../_components/filters/filter-form";
import { articlesHref, type ArticleParams } from "./articles-url";

const SORT_LABEL = { updated: "Last updated", created: "Date added", title: "Title" } as const;

/** The article list's filters, in the URL like the review queue's (see FilterForm). */
export function ArticleListFilters({ query, owners }: { query: ArticleParams; owners: { id: string; name: string }[] }) {
  return (
    <FilterForm href={articlesHref(query)} action="/articles" label="Filter articles" resetHref="/articles">
      <FilterSearch id="articles-q" label="Search titles" value={query.q} placeholder="Title, publisher or byline" type="text" />
      <FilterSelect id="articles-owner" name="owner" label="Owner" value={query.owner} any="Anyone" options={[["me", "Me"], ...owners.map((o) => [o.id, o.name] as const)]} />
      <FilterSelect id="articles-has" name="has" label="Has claims that are" value={query.has} any="Any" options={ARTICLE_NEEDS.map((s) => [s, REVIEW_DISPLAY_LABEL[s]] as const)} />
      <FilterSelect id="articles-sort" name="sort" label="Sort by" value={query.sort ?? "updated"} options={Object.entries(SORT_LABEL)} />
      <FilterSelect id="articles-dir" name="dir" label="Order" value={query.dir ?? "desc"} options={ORDER_OPTIONS} />
    </FilterForm>
  );
}
