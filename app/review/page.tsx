import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { can } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/auth/page-actor";
import { listArticles } from "@/lib/server/list-articles";
import { listReviewQueue } from "@/lib/server/list-review-queue";
import { listUserDirectory } from "@/lib/server/list-user-directory";
import { getDisplayRatingScale } from "@/lib/server/get-display-rating-scale";
import { reviewQueueQuerySchema, type ReviewQueueQueryInput } from "@/lib/validation/review";
import { Forbidden } from "../_components/forbidden";
import { pageCall } from "../_components/page-call";
import { EVERYTHING_HREF, QueueFilters } from "../_components/review/queue-filters";
import { QueuePagination } from "../_components/review/queue-pagination";
import { queueHref, type QueueParams } from "../_components/review/queue-url";
import { ReviewQueueTable } from "../_components/review/review-queue-table";

export const metadata: Metadata = { title: "Review queue" };
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

/** Repeated parameters (?state=a&state=b) keep the first, as a form would send one. */
function firstValues(params: SearchParams): Record<string, string> {
  return Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v[0] : v]])));
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = firstValues(await searchParams);
  const actor = await requirePageActor(queueHref(raw as QueueParams));
  // Reviewers arrive at the work waiting for them; the URL then says so, and "Everything" is a click away.
  if (Object.keys(raw).length === 0 && can(actor, "review.approve")) redirect(queueHref({}, { state: "needs_review" }));
  const parsed = reviewQueueQuerySchema.safeParse(raw);
  const badQuery = parsed.success ? null : parsed.error.issues[0]?.message ?? "Some filters in the address were not understood.";
  const input: ReviewQueueQueryInput = parsed.success ? parsed.data : {};

  const result = await pageCall(() => Promise.all([listReviewQueue(actor, input), listUserDirectory(actor), listArticles(actor), getDisplayRatingScale()]));
  if (!result.ok) return <Forbidden message={result.message} />;
  const [queue, users, articles, scale] = result.value;
  const { query } = queue;
  const params: QueueParams = { verdict: query.verdict, state: query.state, assignee: query.assignee, article: query.article, q: query.q, sort: query.sort, dir: query.dir, page: query.page, perPage: query.perPage };
  const assignees = users.filter((u) => u.assignable).map((u) => ({ id: u.id, name: u.name }));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Review queue</h1>
        <p className="text-sm text-slate-600">
          {queue.fourEyes ? "Four-eyes review is on: whoever set a verdict cannot approve it." : "Four-eyes review is off: reviewers may approve their own verdicts."}
        </p>
      </div>
      {badQuery && <div role="alert" className="alert-error">The address had a filter we could not use ({badQuery}), so all claims are shown.</div>}
      <QueueFilters query={params} users={users.map((u) => ({ id: u.id, name: u.name }))} articles={articles.map((a) => ({ id: a.id, title: a.title }))} scale={scale} />
      {queue.total === 0 ? (
        <p className="card p-6 text-slate-600" data-testid="queue-empty">
          No claims match these filters. <Link href={EVERYTHING_HREF} className="text-blue-800 underline">Show all claims</Link>.
        </p>
      ) : (
        <>
          <QueuePagination query={params} page={queue.page} pageCount={queue.pageCount} total={queue.total} perPage={queue.perPage} label="Pages, top" />
          <ReviewQueueTable items={queue.items} actor={{ id: actor.id, role: actor.role }} fourEyes={queue.fourEyes} assignees={assignees} now={new Date().toISOString()} query={params} />
          <QueuePagination query={params} page={queue.page} pageCount={queue.pageCount} total={queue.total} perPage={queue.perPage} label="Pages, bottom" />
        </>
      )}
    </div>
  );
}
