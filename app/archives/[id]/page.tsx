import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page-actor";
import { safeLinkHref } from "@/lib/domain/link-safety";
import { getSourceArchive } from "@/lib/server/get-source-archive";
import { listSourceArchives } from "@/lib/server/list-source-archives";
import { Forbidden } from "../../_components/forbidden";
import { pageCall } from "../../_components/page-call";

export const metadata: Metadata = { title: "Archived copy" };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/**
 * One archived copy of a source: its provenance (addresses, status, hash, time), the readable
 * text, or the original page in a sandboxed frame (no scripts, no network; the bytes are
 * served with a CSP sandbox so the page gets an opaque origin even when opened directly).
 */
export default async function ArchivePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ view?: string }> }) {
  const { id } = await params;
  const { view } = await searchParams;
  const actor = await requirePageActor(`/archives/${id}`);
  const result = await pageCall(() => getSourceArchive(actor, id));
  if (!result.ok) return <Forbidden message={result.message} />;
  const archive = result.value;
  const others = await listSourceArchives(actor, archive.sourceId);
  const isHtml = /^(text\/html|application\/xhtml\+xml)/i.test(archive.contentType);
  const isPdf = /^application\/pdf/i.test(archive.contentType);
  const showOriginal = view === "original" && isHtml;
  const rawHref = `/api/archives/${archive.id}/raw`;
  const live = safeLinkHref(archive.sourceUrl);
  const tab = (active: boolean) => `rounded-t-md border border-b-0 px-3 py-1.5 text-sm ${active ? "border-slate-300 bg-white font-semibold" : "border-transparent text-blue-800 underline"}`;

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <div>
        <p className="text-sm text-slate-600">Archived copy</p>
        <h1 className="text-2xl font-semibold">{archive.title ?? archive.sourceTitle}</h1>
      </div>
      <dl className="card grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 p-4 text-sm" aria-label="About this copy">
        <dt className="font-medium">Fetched</dt>
        <dd>{when.format(new Date(archive.fetchedAt))}</dd>
        <dt className="font-medium">Live address</dt>
        <dd className="break-all">{live ? <a href={live} className="text-blue-800 underline" target="_blank" rel="noopener noreferrer">{archive.sourceUrl}</a> : archive.sourceUrl}</dd>
        {archive.finalUrl !== archive.requestedUrl && (
          <>
            <dt className="font-medium">Redirected to</dt>
            <dd className="break-all">{archive.finalUrl}</dd>
          </>
        )}
        <dt className="font-medium">HTTP status</dt>
        <dd>{archive.httpStatus}</dd>
        <dt className="font-medium">Content type</dt>
        <dd>{archive.contentType}</dd>
        <dt className="font-medium">Size</dt>
        <dd>{(archive.byteSize / 1024).toLocaleString("en-GB", { maximumFractionDigits: 1 })} KB</dd>
        <dt className="font-medium">SHA-256</dt>
        <dd className="break-all font-mono text-xs" data-testid="archive-sha256">{archive.sha256}</dd>
      </dl>

      <div>
        <nav aria-label="How to show the copy" className="flex gap-1 border-b border-slate-300">
          <Link href={`/archives/${archive.id}`} className={tab(!showOriginal)} aria-current={!showOriginal ? "page" : undefined}>Readable text</Link>
          {isHtml && <Link href={`/archives/${archive.id}?view=original`} className={tab(showOriginal)} aria-current={showOriginal ? "page" : undefined}>Original page</Link>}
          {isPdf && <a href={rawHref} className={tab(false)} download>Download the PDF</a>}
        </nav>
        {showOriginal ? (
          <div className="space-y-2 bg-white pt-3">
            <p className="text-sm text-slate-600">Shown as archived, with scripts and all network requests blocked: images and styles from other addresses do not load.</p>
            {/* sandbox="" blocks scripts here too; the response's CSP sandbox is what protects a direct visit. */}
            <iframe src={rawHref} sandbox="" title={`Original page as archived: ${archive.title ?? archive.sourceTitle}`} className="h-[70vh] w-full rounded-md border border-slate-300" data-testid="archive-frame" />
          </div>
        ) : (
          <article className="whitespace-pre-wrap bg-white p-4 font-serif leading-relaxed" data-testid="archive-text" aria-label="Readable text of the copy">
            {archive.text || "No readable text was found in this copy."}
          </article>
        )}
      </div>

      {others.length > 1 && (
        <section aria-labelledby="other-copies" className="space-y-1 text-sm">
          <h2 id="other-copies" className="font-semibold">All copies of this source</h2>
          <ul className="list-disc pl-5">
            {others.map((o) => (
              <li key={o.id}>
                {o.id === archive.id ? <strong>{when.format(new Date(o.fetchedAt))} (this copy)</strong> : <Link href={`/archives/${o.id}`} className="text-blue-800 underline">{when.format(new Date(o.fetchedAt))}</Link>}{" "}
                <span className="font-mono text-xs text-slate-500">{o.sha256.slice(0, 12)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
