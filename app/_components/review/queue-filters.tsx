import Link from "next/link";
import { VERDICTS } from "@/lib/domain/enums";
import { REVIEW_DISPLAY_LABEL, REVIEW_DISPLAY_STATES } from "@/lib/domain/review-display";
import { VERDICT_META } from "@/lib/domain/verdicts";
import { QUEUE_PAGE_SIZES } from "@/lib/validation/review";
import { queueHref, type QueueParams } from "./queue-url";

const SORT_LABEL = { updated: "Last change", created: "Date marked", article: "Article", verdict: "Verdict", state: "Review state" } as const;

/**
 * The queue's filters as a plain GET form: submitting it puts them in the URL, so it works
 * without JavaScript and every view can be shared. Quick links cover the common views. The
 * URL is the one source of truth: the form is re-created from it on every navigation (its
 * key), so after a quick view the form shows that view's filters and Apply keeps them.
 */
export function QueueFilters(props: { query: QueueParams; users: { id: string; name: string }[]; articles: { id: string; title: string }[] }) {
  const { query, users, articles } = props;
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
      <form key={queueHref(query)} method="get" action="/review" className="card flex flex-wrap items-end gap-3 p-3" role="search" aria-label="Filter claims">
        <div className="min-w-56 flex-1">
          <label htmlFor="q" className="label">Search</label>
          <input id="q" name="q" type="search" className="input" defaultValue={query.q ?? ""} placeholder="Quote, normalised claim or claimant" />
        </div>
        <div>
          <label htmlFor="verdict" className="label">Verdict</label>
          <select id="verdict" name="verdict" className={select} defaultValue={query.verdict ?? ""}>
            <option value="">Any verdict</option>
            {VERDICTS.map((v) => <option key={v} value={v}>{VERDICT_META[v].label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="state" className="label">Review state</label>
          <select id="state" name="state" className={select} defaultValue={query.state ?? ""}>
            <option value="">Any state</option>
            {REVIEW_DISPLAY_STATES.map((s) => <option key={s} value={s}>{REVIEW_DISPLAY_LABEL[s]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="assignee" className="label">Assignee</label>
          <select id="assignee" name="assignee" className={select} defaultValue={query.assignee ?? ""}>
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="unassigned">Unassigned</option>
            {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="article" className="label">Article</label>
          <select id="article" name="article" className={`${select} max-w-64`} defaultValue={query.article ?? ""}>
            <option value="">All articles</option>
            {articles.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="label">Sort by</label>
          <select id="sort" name="sort" className={select} defaultValue={query.sort ?? "updated"}>
            {Object.entries(SORT_LABEL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="dir" className="label">Order</label>
          <select id="dir" name="dir" className={select} defaultValue={query.dir ?? "desc"}>
            <option value="desc">Descending</option>
            <option value="asc">Ascending</option>
          </select>
        </div>
        <div>
          <label htmlFor="perPage" className="label">Per page</label>
          <select id="perPage" name="perPage" className="input w-auto" defaultValue={String(query.perPage ?? 50)}>
            {QUEUE_PAGE_SIZES.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className="btn btn-primary">Apply</button>
          <Link href={EVERYTHING_HREF} className="btn">Reset</Link>
        </div>
      </form>
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
  return FILTER_KEYS.every((k) => (query[k] ?? undefined) === (filters[k] ?? undefined));
}
