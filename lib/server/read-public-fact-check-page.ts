import { deflateSync, gzipSync } from "node:zlib";
import { readPublicPage, readPublicPageHead, type PublicPageHead } from "@/lib/data/publications";
import { etagFor, publicHeaders } from "@/lib/publish/http";
import { BoundedLru } from "@/lib/publish/page-cache";
import { renderFactCheckPage, renderPausedPage } from "@/lib/publish/render-page";

/**
 * The public fact-check page (issue 13) as the exact bytes and headers readers get, for the
 * Next.js route and for the production server's fast path (lib/http/public-page-fast-path.ts),
 * which serves it before Next.js.
 *
 * Freshness: every call makes one indexed read of the page's head (id, status, version,
 * updatedAt, pause note; unique index on slug, read-only connection) and compares it with the
 * cached entry's key. A publish, republish (update or correction), pause, or unpublish (the
 * article deleted) changes that head in the same transaction that the use case commits before
 * it answers, so the very next request after the change is acknowledged sees it, whichever
 * instance made the change: nothing is invalidated in memory, so several instances sharing
 * one database need no message between them. The event feed was the other choice; it is
 * tailed asynchronously, so an instance would serve the old page until its tailer caught up,
 * and a missed or late event would leave a stale page with no bound. The read costs
 * microseconds against the rendering it saves.
 *
 * Memory: one entry per slug (only the current version is kept), least recently read
 * evicted first, bounded by count and by bytes (FACTDESK_PUBLIC_PAGE_CACHE_MB, default 32).
 */
export interface PublicPageBytes {
  /** The version key (publication id, version, status, updatedAt) the entry was built from. */
  key: string;
  status: 200 | 410;
  etag: string;
  /** The headers of the 200 or 410 answer, lower-case names (content-type, cache-control, CSP, ETag, …). */
  headers: Readonly<Record<string, string>>;
  /** The headers of a 304 answer to a matching If-None-Match (no CSP: there is no body). */
  notModifiedHeaders: Readonly<Record<string, string>>;
  /** The page, and the same bytes compressed once for clients that accept it. */
  body: { identity: Buffer; gzip: Buffer; deflate: Buffer };
}

const HTML = "text/html; charset=utf-8";
const MAX_ENTRIES = 5_000;
const MAX_BYTES = Math.max(1, Number(process.env.FACTDESK_PUBLIC_PAGE_CACHE_MB) || 32) * 1024 * 1024;

// On globalThis: route bundles that each hold a copy of this module share one cache and one budget.
const globalForPages = globalThis as unknown as { factdeskPublicPageCache?: BoundedLru<PublicPageBytes> };
const cache = (globalForPages.factdeskPublicPageCache ??= new BoundedLru<PublicPageBytes>(MAX_ENTRIES, MAX_BYTES));

/** The key of one state of a public page: any publish, republish, pause or note change moves it. */
export function publicPageKey(head: Pick<PublicPageHead, "id" | "version" | "status" | "updatedAt">): string {
  return `${head.id}.${head.version}.${head.status}.${head.updatedAt}`;
}

const headerRecord = (h: Headers): Record<string, string> => Object.fromEntries(h.entries());

function build(row: NonNullable<Awaited<ReturnType<typeof readPublicPage>>>): PublicPageBytes {
  const key = publicPageKey(row);
  const etag = etagFor(key);
  const paused = row.status === "paused";
  const page = paused ? renderPausedPage(row.snapshot.title, row.pauseNote ?? "", row.snapshot.organisation.name) : renderFactCheckPage(row.snapshot, row.snapshot.baseUrl);
  const identity = Buffer.from(page.html, "utf8");
  return {
    key,
    status: paused ? 410 : 200,
    etag,
    headers: headerRecord(publicHeaders(HTML, page.csp, etag)),
    notModifiedHeaders: headerRecord(publicHeaders(HTML, null, etag)),
    body: { identity, gzip: gzipSync(identity), deflate: deflateSync(identity) },
  };
}

const sizeOf = (p: PublicPageBytes) => p.body.identity.length + p.body.gzip.length + p.body.deflate.length + 2_048;

/** The page at /fact-checks/<slug> as served now, or null when nothing is published there (404). */
export async function readPublicFactCheckPage(slug: string): Promise<PublicPageBytes | null> {
  const head = await readPublicPageHead(slug);
  if (!head) {
    cache.delete(slug);
    return null;
  }
  const cached = cache.get(slug);
  if (cached && cached.key === publicPageKey(head)) return cached;
  const row = await readPublicPage(slug);
  if (!row) return null;
  const page = build(row);
  cache.set(slug, page, sizeOf(page));
  return page;
}

/** Entries and bytes held (for tests and diagnostics). */
export function publicPageCacheStats(): { entries: number; bytes: number; maxBytes: number } {
  return { entries: cache.size, bytes: cache.bytes, maxBytes: cache.maxBytes };
}
