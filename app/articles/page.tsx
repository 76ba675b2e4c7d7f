import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page-actor";
import { exactTime, relativeTime } from "@/lib/domain/relative-time";
import { can } from "@/lib/domain/permissions";
import { REVIEW_DISPLAY_LABEL, REVIEW_DISPLAY_STATES } from "@/lib/domain/review-display";
import { browseArticles } from "@/lib/server/browse-articles";
import { articleListQuerySchema, type ArticleListQueryInput } from "@/lib/validation/article-list";
import { Forbidden } from "../_components/forbidden";
import { joinPresent } from "../_components/meta-line";
import { pageCall } from "../_components/page-call";
import { ProgressBar } from "../_components/progress-bar";
import { ArticleListFilters } from "./article-list-filters";
import { articlesHref, type ArticleParams } from "./articles-url";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const STATE_TONE = { open: "text-slate-700", sent_back: "text-red-800", needs_review: "text-amber-900", approved: "text-emerald-800" } as const;

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = Object.fromEntries(Object.entries(await searchParams).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v[0] : v]])));
  const actor = await requirePageActor(articlesHref(raw as ArticleParams));
  const parsed = articleListQuerySchema.safeParse(raw);
  const badQuery = parsed.success ? null : parsed.error.issues[0]?.message ?? "Some filters in the address were not understood.";
  const result = await pageCall(() => browseArticles(actor, parsed.success ? (raw as ArticleListQueryInput) : {}));
  if (!result.ok) return <Forbidden message={result.message} />;
  const { items, total, page, pageCount, query, owners } = result.value;
  const params: ArticleParams = { q: query.q, owner: query.owner, has: query.has, sort: query.sort, dir: query.dir, page: query.page };
  const now = new Date();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Articles</h1>
        {can(actor, "article.create") && (
          <div className="flex items-center gap-2">
            <Link href="/articles/import" className="btn">Import</Link>
            <Link href="/articles/new" className="btn btn-primary">New article</Link>
          </div>
        )}
      </div>
      {badQuery && <div role="alert" className="alert-error">The address had a filter we could not use ({badQuery}), so all articles are shown.</div>}
      <ArticleListFilters query={params} owners={owners} />
      <p className="text-sm text-slate-700" data-testid="article-total">
        {total} {total === 1 ? "article" : "articles"}{pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}
      </p>
      {items.length === 0 ? (
        <p className="card p-6 text-slate-600">
          {total === 0 && !query.q && !query.owner && !query.has ? `No articles yet.${can(actor, "article.create") ? " Add one with “New article”." : ""}` : "No articles match these filters."}
        </p>
      ) : (
        <ul className="card divide-y divide-slate-100" aria-label="Articles">
          {items.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3" data-testid="article-row">
              <div className="min-w-0 flex-1 basis-64">
                <Link href={`/articles/${a.id}`} className="font-medium text-slate-900 hover:underline">{a.title}</Link>
                <div className="text-sm text-slate-600">
                  {joinPresent([a.publisher, a.publishedAt, `by ${a.owner.name}`, "updated"])}{" "}
                  <time dateTime={a.updatedAt} title={exactTime(a.updatedAt)}>{relativeTime(a.updatedAt, now)}</time>
                </div>
              </div>
              <div className="text-sm tabular-nums" data-testid="claim-counts">
                <span className="text-slate-700">{a.claimCount} claim{a.claimCount === 1 ? "" : "s"}, {a.checkedCount} checked</span>
                <span className="block text-xs" data-testid="state-counts">
                  {REVIEW_DISPLAY_STATES.filter((s) => a.byState[s] > 0).map((s, i) => (
                    <span key={s} className={STATE_TONE[s]}>{i > 0 && ", "}{a.byState[s]} {REVIEW_DISPLAY_LABEL[s].toLowerCase()}</span>
                  ))}
                </span>
              </div>
              <ProgressBar done={a.byState.approved} total={a.claimCount} label={`Review progress for ${a.title}`} />
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {page > 1 ? <Link className="btn btn-sm" href={articlesHref(params, { page: page - 1 })}>Previous page</Link> : <span />}
          <span className="text-slate-700">Page {page} of {pageCount}</span>
          {page < pageCount ? <Link className="btn btn-sm" href={articlesHref(params, { page: page + 1 })}>Next page</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
