import Link from "next/link";
import { REVIEW_DISPLAY_LABEL, REVIEW_DISPLAY_STATES } from "@/lib/domain/review-display";
import { verdictOptions, type RatingScale } from "@/lib/domain/rating-scale";
import { QUEUE_PAGE_SIZES } from "@/lib/validation/review";
import { FilterForm, FilterSearch, FilterSelect, ORDER_OPTIONS } from "../filters/filter-form";
import { filtersEqual } from "../filters/url-filters";
import { queueHref, type QueueParams } from "./queue-url";

const SORT_LABEL = { updated: "Last change", created: "Date marked", article: "Article", verdict: "Verdict", state: "Review state" } as const;

/** The queue's quick views and filter form, both read from and written to the URL. */
export function QueueFilters(props: { query: QueueParams; users: { id: string; name: string }[]; articles: { id: string; title: string }[]; scale: RatingScale }) {
  const { query, users, articles, scale } = props;
  const select = "input w-auto min-w-36";
  return (
    <div className="space-y-3">
      <nav aria-label="Quick views" className="flex flex-wrap gap-2 text-sm">
        <Link href={queueHref({}, { assignee: "me" })} className="btn btn-sm" aria-current={only(query, { assignee: "me" }) ? "page" : undefined}>Assigned to me</Link>
        <Link href={queueHref({}, { state: "needs_review" })} className="btn btn-sm" aria-current={only(query, { state: "needs_review" }) ? "page" : undefined}>Needs review</Link>
        <Link href={queueHref({}, { state: "sent_back" })} className="btn btn-sm" aria-current={only(query, { state: "sent_back" }) ? "page" : undefined}>Sent back</Link>
        <Link href={queueHref({}, { assignee: "unassigned", state: "open" })} className="btn btn-sm" aria-current={only(query, { assignee: "unassigned", state: "open" }) ? "page" : undefined}>Open and unassigned</Link>
        <Link href={EVERYTHING_HREF} className="btn btn-sm" aria-current={only(query, {}) ? "page" : undefined}>Everything</Link>
      </nav>
      <FilterForm href={queueHref(query)} action="/review" label="Filter claims" resetHref={EVERYTHING_HREF}>
        <FilterSearch id="q" label="Search" value={query.q} placeholder="Quote, normalised claim or claimant" className="min-w-56 flex-1" />
        <FilterSelect id="verdict" name="verdict" label="Verdict" className={select} value={query.verdict} any="Any verdict" options={verdictOptions(scale).map((v) => [v.key, v.label] as const)} />
        <FilterSelect id="state" name="state" label="Review state" className={select} value={query.state} any="Any state" options={REVIEW_DISPLAY_STATES.map((s) => [s, REVIEW_DISPLAY_LABEL[s]] as const)} />
        <FilterSelect id="assignee" name="assignee" label="Assignee" className={select} value={query.assignee} any="Anyone" options={[["me", "Me"], ["unassigned", "Unassigned"], ...users.map((u) => [u.id, u.name] as const)]} />
        <FilterSelect id="article" name="article" label="Article" className={`${select} max-w-64`} value={query.article} any="All articles" options={articles.map((a) => [a.id, a.title] as const)} />
        <FilterSelect id="sort" name="sort" label="Sort by" className={select} value={query.sort ?? "updated"} options={Object.entries(SORT_LABEL)} />
        <FilterSelect id="dir" name="dir" label="Order" className={select} value={query.dir ?? "desc"} options={ORDER_OPTIONS} />
        <FilterSelect id="perPage" name="perPage" label="Per page" className="input w-auto" value={query.perPage ?? 50} options={QUEUE_PAGE_SIZES.map((n) => [n, String(n)] as const)} />
      </FilterForm>
    </div>
  );
}

/**
 * Every claim. A bare /review opens on "Needs review" for reviewers, so "everything" says
 * so explicitly with an empty state filter (what the form sends for "Any state").
 */
export const EVERYTHING_HREF = queueHref({});

const FILTER_KEYS = ["q", "verdict", "state", "assignee", "article"] as const;

/** True when the query filters by exactly these values and nothing else. */
function only(query: QueueParams, filters: QueueParams): boolean {
  return filtersEqual(FILTER_KEYS, query, filters);
}
