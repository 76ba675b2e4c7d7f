import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page-actor";
import { REVIEW_STATE_LABEL } from "@/lib/domain/verdicts";
import { getArticleDashboard } from "@/lib/server/get-article-dashboard";
import { ExportMenu } from "../../../_components/export/export-menu";
import { Forbidden } from "../../../_components/forbidden";
import { pageCall } from "../../../_components/page-call";
import { ProgressBar } from "../../../_components/progress-bar";
import { exactTime } from "@/lib/domain/relative-time";
import { queueHref } from "../../../_components/review/queue-url";
import { VerdictChart } from "../../../_components/review/verdict-chart";

export const metadata: Metadata = { title: "Article dashboard" };
export const dynamic = "force-dynamic";

export default async function ArticleDashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}/dashboard`);
  const result = await pageCall(() => getArticleDashboard(actor, id));
  if (!result.ok) return <Forbidden message={result.message} />;
  const d = result.value;
  const pct = d.total === 0 ? 0 : Math.round((d.approved / d.total) * 100);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <Link href={`/articles/${id}`} className="text-sm text-blue-800 hover:underline">← Back to the workbench</Link>
          <h1 className="mt-1 text-2xl font-semibold">{d.article.title}</h1>
          <p className="text-sm text-slate-600">Dashboard{[d.article.publisher, d.article.publishedAt].filter(Boolean).map((x) => ` · ${x}`).join("")}</p>
        </div>
        <div className="flex items-center gap-2">
          <Link href={queueHref({}, { article: id })} className="btn">Open in review queue</Link>
          <ExportMenu articleId={id} />
        </div>
      </div>

      <section aria-labelledby="progress-heading" className="card p-5">
        <h2 id="progress-heading" className="mb-3 text-lg font-semibold">Progress</h2>
        {d.total === 0 ? (
          <p className="text-slate-600">No claims marked yet.</p>
        ) : (
          <div className="flex flex-wrap items-center gap-4">
            <ProgressBar done={d.approved} total={d.total} label={`Approved claims of ${d.article.title}`} />
            <p className="text-sm text-slate-700">{pct}% of claims approved.</p>
          </div>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="verdicts-heading" className="card p-5">
          <h2 id="verdicts-heading" className="mb-3 text-lg font-semibold">Verdicts</h2>
          <VerdictChart counts={d.byVerdict} total={d.total} />
        </section>

        <section aria-labelledby="states-heading" className="card p-5">
          <h2 id="states-heading" className="mb-3 text-lg font-semibold">Review states</h2>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Claims by review state</caption>
            <thead className="text-slate-600">
              <tr><th scope="col" className="py-1 font-medium">State</th><th scope="col" className="py-1 text-right font-medium">Claims</th></tr>
            </thead>
            <tbody>
              {d.byState.map((s) => (
                <tr key={s.state} className="border-t border-slate-100">
                  <th scope="row" className="py-1.5 font-normal">
                    <Link href={queueHref({}, { article: id, state: s.state })} className="text-blue-800 hover:underline">{REVIEW_STATE_LABEL[s.state]}</Link>
                  </th>
                  <td className="py-1.5 text-right tabular-nums" data-testid={`state-count-${s.state}`}>{s.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <section aria-labelledby="people-heading" className="card p-5">
        <h2 id="people-heading" className="mb-3 text-lg font-semibold">Who worked on it</h2>
        {d.contributors.length === 0 ? (
          <p className="text-slate-600">Nobody has changed this article yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">People who changed this article, with the number of changes</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1 font-medium">Person</th>
                <th scope="col" className="py-1 text-right font-medium">Changes</th>
                <th scope="col" className="py-1 text-right font-medium">Last active</th>
              </tr>
            </thead>
            <tbody>
              {d.contributors.map((c) => (
                <tr key={c.id} className="border-t border-slate-100" data-testid="contributor">
                  <th scope="row" className="py-1.5 font-normal">{c.name}</th>
                  <td className="py-1.5 text-right tabular-nums">{c.events}</td>
                  <td className="py-1.5 text-right"><time dateTime={c.lastActiveAt}>{c.lastActiveAt ? exactTime(c.lastActiveAt) : "—"}</time></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
