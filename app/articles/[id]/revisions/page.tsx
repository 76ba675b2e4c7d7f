import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/permissions";
import { formatReanchorSummary } from "@/lib/revisions/reanchor-plan";
import { listArticleRevisions } from "@/lib/server/list-article-revisions";
import { diffArticleRevisions } from "@/lib/server/diff-article-revisions";
import { Forbidden } from "../../../_components/forbidden";
import { pageCall } from "../../../_components/page-call";
import { DiffText } from "../../../_components/revisions/diff-text";
import { UploadPanel } from "./upload-panel";

export const metadata: Metadata = { title: "Revisions" };
export const dynamic = "force-dynamic";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

function pickPair(from: string | undefined, to: string | undefined, numbers: number[]): { from: number; to: number } | null {
  const a = Number(from);
  const b = Number(to);
  if (!numbers.includes(a) || !numbers.includes(b) || a === b) return null;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

export default async function RevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requirePageActor(`/articles/${id}/revisions`);
  const result = await pageCall(() => listArticleRevisions(actor, id));
  if (!result.ok) return <Forbidden message={result.message} />;
  const { article, revisions } = result.value;
  const numbers = revisions.map((r) => r.number);
  const pair = pickPair(query.from, query.to, numbers);
  const diff = pair ? await diffArticleRevisions(actor, id, pair) : null;
  const latest = revisions[0]?.number ?? 1;
  const defaultFrom = pair?.from ?? revisions[1]?.number ?? latest;
  const defaultTo = pair?.to ?? latest;
  const asked = query.from !== undefined || query.to !== undefined;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-sm"><Link href={`/articles/${id}`} className="text-blue-700 hover:underline">← Back to the article</Link></p>
          <h1 className="text-2xl font-semibold">Revisions of “{article.title}”</h1>
          <p className="text-sm text-slate-600">Current: revision {article.revisionNumber}, version {article.version}. Claims are re-anchored to each new text; none is ever dropped.</p>
        </div>
        {can(actor, "article.update") && <UploadPanel articleId={id} version={article.version} />}
      </div>

      <form method="get" className="card relative overflow-x-auto" aria-label="Revisions">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Revisions, newest first. Pick two to compare.</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">From</th>
              <th scope="col" className="px-3 py-2">To</th>
              <th scope="col" className="px-3 py-2">Revision</th>
              <th scope="col" className="px-3 py-2">Saved by</th>
              <th scope="col" className="px-3 py-2">When</th>
              <th scope="col" className="px-3 py-2">Note</th>
              <th scope="col" className="px-3 py-2">Re-anchoring</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">View</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {revisions.map((r) => (
              <tr key={r.number} data-testid={`revision-${r.number}`}>
                <td className="px-3 py-2"><input type="radio" name="from" value={r.number} defaultChecked={r.number === defaultFrom} aria-label={`Compare from revision ${r.number}`} /></td>
                <td className="px-3 py-2"><input type="radio" name="to" value={r.number} defaultChecked={r.number === defaultTo} aria-label={`Compare to revision ${r.number}`} /></td>
                <td className="px-3 py-2 font-medium tabular-nums">{r.number}{r.number === latest && <span className="ml-2 rounded bg-blue-50 px-1.5 py-0.5 text-xs text-blue-800">current</span>}</td>
                <td className="px-3 py-2">{r.createdBy.name}</td>
                <td className="px-3 py-2 whitespace-nowrap"><time dateTime={r.createdAt}>{when(r.createdAt)}</time></td>
                <td className="px-3 py-2">{r.note ?? <span className="text-slate-500">—<span className="sr-only">no note</span></span>}</td>
                <td className="px-3 py-2 text-slate-700">{r.reanchor ? formatReanchorSummary(r.reanchor) : <span className="text-slate-500">Original</span>}</td>
                <td className="px-3 py-2"><Link href={`/articles/${id}/revisions/${r.number}`} className="text-blue-700 hover:underline">View<span className="sr-only"> revision {r.number}</span></Link></td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="flex items-center justify-end gap-3 border-t border-slate-200 px-3 py-2">
          {asked && !pair && <p role="alert" className="text-sm text-red-700">Pick two different revisions to compare.</p>}
          <button type="submit" className="btn btn-primary" disabled={revisions.length < 2}>Compare selected</button>
        </div>
      </form>

      {diff && (
        <section aria-labelledby="diff-heading" className="card p-5">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="diff-heading" className="text-lg font-semibold">Revision {diff.from} → {diff.to}</h2>
            <p className="text-sm text-slate-600">
              <span className="text-emerald-800">+{diff.insertedWords} words</span>, <span className="text-red-800">−{diff.deletedWords} words</span> ·
              Legend: <ins className="bg-emerald-100 text-emerald-900 underline decoration-emerald-700 decoration-2">inserted</ins>{" "}
              <del className="bg-red-100 text-red-900 line-through decoration-red-700 decoration-2">deleted</del>
            </p>
          </div>
          {diff.insertedWords + diff.deletedWords === 0 && !diff.parts.some((p) => p.kind !== "equal") ? (
            <p className="text-sm text-slate-600">The texts are identical (the change was formatting only).</p>
          ) : (
            <div className="article-text" data-testid="revision-diff"><DiffText parts={diff.parts} /></div>
          )}
        </section>
      )}
    </div>
  );
}
