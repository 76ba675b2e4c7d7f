import Link from "next/link";
import { queueHref, type QueueParams } from "./queue-url";

/** "Showing 51–100 of 10,000" with previous/next and a few page numbers, all plain links. */
export function QueuePagination({ query, page, pageCount, total, perPage, label }: { query: QueueParams; page: number; pageCount: number; total: number; perPage: number; label: string }) {
  const first = total === 0 ? 0 : (page - 1) * perPage + 1;
  const last = Math.min(total, page * perPage);
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const fmt = (n: number) => n.toLocaleString("en-US");
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600 tabular-nums" data-testid="queue-range">
        {total === 0 ? "No claims" : `Showing ${fmt(first)}–${fmt(last)} of ${fmt(total)}`}
      </p>
      {pageCount > 1 && (
        <ul className="flex items-center gap-1">
          <li>{page > 1 ? <Link className="btn btn-sm" href={queueHref(query, { page: page - 1 })} rel="prev">Previous</Link> : <span className="btn btn-sm opacity-50" aria-disabled="true">Previous</span>}</li>
          {pages.map((p, i) => (
            <li key={p} className="flex items-center gap-1">
              {i > 0 && p - pages[i - 1] > 1 && <span aria-hidden className="px-1 text-slate-400">…</span>}
              <Link className={p === page ? "btn btn-sm btn-primary" : "btn btn-sm"} href={queueHref(query, { page: p })} aria-current={p === page ? "page" : undefined} aria-label={`Page ${p}`}>
                {fmt(p)}
              </Link>
            </li>
          ))}
          <li>{page < pageCount ? <Link className="btn btn-sm" href={queueHref(query, { page: page + 1 })} rel="next">Next</Link> : <span className="btn btn-sm opacity-50" aria-disabled="true">Next</span>}</li>
        </ul>
      )}
    </nav>
  );
}
