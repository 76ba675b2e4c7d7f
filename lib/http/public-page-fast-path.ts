import type { IncomingHttpHeaders } from "node:http";
import { matchesEtag } from "@/lib/publish/http";
import { readPublicFactCheckPage, type PublicPageBytes } from "@/lib/server/read-public-fact-check-page";

/**
 * The public fact-check page served by the production server (scripts/server.mjs) before
 * Next.js (issue 13: ≥ 1,000 pages/s). Next.js's request handling (router, route module, Web
 * Request/Response objects, streaming compression) cost far more than the page itself, which
 * is a cached snapshot: this answers from the same cache and the same use case as the Next.js
 * route (lib/server/read-public-fact-check-page.ts, one indexed read per request to stay
 * fresh), with the same status, bytes and headers, plus what Next.js adds to every answer of
 * that route: its Vary header and gzip/deflate negotiated as its `compression` middleware does.
 * The browser test tests/e2e/publish/public-page-fast-path.spec.ts compares both servers.
 *
 * Anything else goes to Next.js unchanged (answer null): other methods (HEAD included), other
 * paths (a trailing slash, percent-encoding, /fact-checks/feed.xml), an unknown or unpublished
 * slug (Next.js's route answers the normal 404 page), and requests from Next.js's own client
 * router (RSC and prefetch headers, `_rsc` queries), which Next.js answers differently.
 *
 * The server cannot import TypeScript, so the route bundle that loads this module registers it
 * on globalThis (registerPublicPageFastPath, called by lib/http/endpoints/public-pages.ts);
 * the server loads that route before taking traffic (scripts/warm-routes.mjs) and hands every
 * request to Next.js until it is registered.
 */
export interface FastAnswer {
  status: number;
  headers: Record<string, string | number>;
  body: Buffer | null;
}

export type PublicPageFastPath = (method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders) => Promise<FastAnswer | null>;

/** What Next.js 16 adds to this route's answers (the app-router Vary list, then `compression`'s Accept-Encoding). */
export const NEXT_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

const PAGE_PATH = /^\/fact-checks\/([a-z0-9-]{1,200})(?:\?([^#]*))?$/;
/** Request headers and query parameters of Next.js's client router: Next.js answers those itself. */
const NEXT_ROUTER_HEADER = /^(?:rsc$|next-|x-middleware-|x-nextjs-|x-invoke-)/;
const NEXT_ROUTER_QUERY = /(?:^|&)(?:_rsc|__next)/;
/** `compression`'s default threshold: smaller bodies with a known length are sent as they are. */
const COMPRESSION_THRESHOLD = 1024;

type Encoding = "gzip" | "deflate" | "identity";

/** Per cached page: the three ready-made header sets (one per encoding) and the 304's. */
interface Prepared {
  byEncoding: Record<Encoding, FastAnswer>;
  notModified: FastAnswer;
}
const prepared = new WeakMap<PublicPageBytes, Prepared>();

function prepare(page: PublicPageBytes): Prepared {
  let p = prepared.get(page);
  if (p) return p;
  const answer = (encoding: Encoding): FastAnswer => {
    const body = page.body[encoding];
    const headers: Record<string, string | number> = { vary: NEXT_VARY, ...page.headers };
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    headers["content-length"] = body.length;
    return { status: page.status, headers, body };
  };
  p = {
    byEncoding: { identity: answer("identity"), gzip: answer("gzip"), deflate: answer("deflate") },
    notModified: { status: 304, headers: { vary: NEXT_VARY, ...page.notModifiedHeaders }, body: null },
  };
  prepared.set(page, p);
  return p;
}

interface Accepted {
  encoding: string;
  q: number;
  /** Position in the header (earlier wins a tie). */
  o: number;
}

function parseAcceptEncoding(header: string): Accepted[] {
  const out: Accepted[] = [];
  let hasIdentity = false;
  let minQ = 1;
  const parts = header.split(",");
  for (let i = 0; i < parts.length; i++) {
    const m = /^\s*([^\s;]+)\s*(?:;(.*))?$/.exec(parts[i].trim());
    if (!m) continue;
    let q = 1;
    for (const param of (m[2] ?? "").split(";")) {
      const [name, value] = param.trim().split("=");
      if (name === "q") {
        q = parseFloat(value);
        break;
      }
    }
    out.push({ encoding: m[1].toLowerCase(), q, o: i });
    hasIdentity ||= m[1].toLowerCase() === "identity" || m[1] === "*";
    minQ = Math.min(minQ, q || 1);
  }
  // Identity is acceptable unless the header says otherwise, at the lowest quality listed.
  if (!hasIdentity) out.push({ encoding: "identity", q: minQ, o: parts.length });
  return out;
}

interface Priority {
  q: number;
  /** 1 for an exact match, 0 for `*`. */
  s: number;
  o: number;
  /** Position in the offered list. */
  i: number;
}

/** The best of `offered` for this header, ranked as the `negotiator` package does (q, then exact over `*`, header order, offer order). */
function preferred(accepted: Accepted[], offered: readonly Encoding[]): Encoding | null {
  const priorities = offered.map((encoding, i): Priority => {
    let best: Priority = { q: 0, s: 0, o: -1, i };
    for (const a of accepted) {
      const s = a.encoding === encoding ? 1 : a.encoding === "*" ? 0 : -1;
      if (s < 0) continue;
      if ((best.s - s || best.q - a.q || best.o - a.o) < 0) best = { q: a.q, s, o: a.o, i };
    }
    return best;
  });
  const ranked = priorities.filter((p) => p.q > 0).sort((a, b) => b.q - a.q || b.s - a.s || a.o - b.o || a.i - b.i);
  return ranked.length ? offered[ranked[0].i] : null;
}

/** The encoding Next.js's `compression` middleware would choose (it prefers gzip over deflate). */
export function chooseEncoding(header: string | undefined, bodyLength: number): Encoding {
  if (!header || bodyLength < COMPRESSION_THRESHOLD) return "identity";
  let method = negotiated.get(header);
  if (method) return method;
  const accepted = parseAcceptEncoding(header);
  let best = preferred(accepted, ["gzip", "deflate", "identity"]);
  if (best === "deflate" && preferred(accepted, ["gzip"])) best = preferred(accepted, ["gzip", "identity"]);
  method = best === "gzip" || best === "deflate" ? best : "identity";
  // Browsers send a handful of distinct values; the memo is cleared rather than grown.
  if (negotiated.size >= 256) negotiated.clear();
  negotiated.set(header, method);
  return method;
}
const negotiated = new Map<string, Encoding>();

/** The answer to a request for a public fact-check page, or null to let Next.js answer it. */
export const answerPublicPageRequest: PublicPageFastPath = async (method, url, headers) => {
  if (method !== "GET" || !url) return null;
  const m = PAGE_PATH.exec(url);
  if (!m || (m[2] && NEXT_ROUTER_QUERY.test(m[2]))) return null;
  for (const name in headers) if (NEXT_ROUTER_HEADER.test(name)) return null;
  const page = await readPublicFactCheckPage(m[1]);
  if (!page) return null;
  const ready = prepare(page);
  if (matchesEtag(headers["if-none-match"], page.etag)) return ready.notModified;
  return ready.byEncoding[chooseEncoding(headers["accept-encoding"], page.body.identity.length)];
};

const globalForFastPath = globalThis as unknown as { factdeskPublicPageFastPath?: PublicPageFastPath };

/** Offers the fast path to scripts/server.mjs (it looks for it on globalThis). */
export function registerPublicPageFastPath(): void {
  globalForFastPath.factdeskPublicPageFastPath = answerPublicPageRequest;
}
