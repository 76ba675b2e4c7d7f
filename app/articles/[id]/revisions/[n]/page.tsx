import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/page-actor";
import { docToHtml, type PMDoc } from "@/lib/import";
import { formatReanchorSummary } from "@/lib/revisions/reanchor-plan";
import { getArticleRevision } from "@/lib/server/get-article-revision";
import { Forbidden } from "../../../../_components/forbidden";
import { pageCall } from "../../../../_components/page-call";

export const metadata: Metadata = { title: "Revision" };
export const dynamic = "force-dynamic";

export default async function RevisionPage({ params }: { params: Promise<{ id: string; n: string }> }) {
  const { id, n } = await params;
  const actor = await requirePageActor(`/articles/${id}/revisions/${n}`);
  if (!/^[1-9]\d{0,8}$/.test(n)) notFound();
  const result = await pageCall(() => getArticleRevision(actor, id, n));
  if (!result.ok) return <Forbidden message={result.message} />;
  const r = result.value;
  // docToHtml escapes every text and keeps only known tags and safe links (lib/import).
  const html = docToHtml(r.doc as PMDoc);
  return (
    <div className="space-y-4">
      <nav aria-label="Revision navigation" className="flex flex-wrap items-center gap-3 text-sm">
        <Link href={`/articles/${id}/revisions`} className="text-blue-700 hover:underline">← All revisions</Link>
        {r.number > 1 && <Link href={`/articles/${id}/revisions/${r.number - 1}`} className="text-blue-700 hover:underline">Previous (revision {r.number - 1})</Link>}
        {r.number < r.latest && <Link href={`/articles/${id}/revisions/${r.number + 1}`} className="text-blue-700 hover:underline">Next (revision {r.number + 1})</Link>}
        {r.number < r.latest && <Link href={`/articles/${id}/revisions?from=${r.number}&to=${r.latest}`} className="text-blue-700 hover:underline">Compare with the current text</Link>}
        {r.number > 1 && <Link href={`/articles/${id}/revisions?from=${r.number - 1}&to=${r.number}`} className="text-blue-700 hover:underline">What changed in this revision</Link>}
      </nav>
      <article className="card p-6">
        <p className="mb-1 text-sm font-medium uppercase tracking-wide text-slate-500">
          Revision {r.number} of {r.latest}{r.number === r.latest ? " (current)" : " (read-only)"}
        </p>
        <h1 className="mb-1 text-2xl font-semibold">{r.articleTitle}</h1>
        <p className="mb-6 text-sm text-slate-600">
          Saved by {r.createdBy.name} on <time dateTime={r.createdAt}>{new Date(r.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC</time>
          {r.note ? ` — “${r.note}”` : ""}
          {r.reanchor ? ` · ${formatReanchorSummary(r.reanchor)}` : ""}
        </p>
        <div className="article-text revision-text" data-testid="revision-text" dangerouslySetInnerHTML={{ __html: html }} />
      </article>
    </div>
  );
}
