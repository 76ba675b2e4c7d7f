import Link from "next/link";
import type { QueueSort } from "@/lib/validation/review";
import { queueHref, type QueueParams } from "./queue-url";

/**
 * A column header that sorts the queue: a link (the sort lives in the URL), with aria-sort
 * on the active column. Clicking the active column flips the direction.
 */
export function SortHeader({ label, sort, query }: { label: string; sort: QueueSort; query: QueueParams }) {
  const active = (query.sort ?? "updated") === sort;
  const dir = query.dir ?? "desc";
  const next = active ? (dir === "asc" ? "desc" : "asc") : sort === "updated" ? "desc" : "asc";
  return (
    <th scope="col" className="px-3 py-2 font-medium" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={queueHref(query, { sort, dir: next })} className="inline-flex items-center gap-1 hover:text-slate-900 hover:underline">
        {label}
        <span aria-hidden className="text-xs">{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
        <span className="sr-only">{active ? `, sorted ${dir === "asc" ? "ascending" : "descending"}; activate to reverse` : ", activate to sort"}</span>
      </Link>
    </th>
  );
}
