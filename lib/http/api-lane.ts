import type { IncomingMessage, ServerResponse } from "node:http";
import { securityHeaders } from "@/lib/auth/content-security-policy.mjs";
import { jsonTextOf } from "./json-text";

/**
 * The production server's API lane (issue 16). Next.js spends about 5–6 ms of main-thread
 * time routing each request on this machine (measured: an unauthenticated 401 from a route
 * handler, 6 ms median under `next start`), more than the use case itself; under the write
 * load that was the largest single cost. scripts/server.mjs therefore hands JSON API
 * requests to the very handler the route file exports (`routes(...)` in ./endpoint.ts
 * registers it here when the route module loads), and Next.js answers everything else:
 * pages, files, streams (SSE), next-auth, and any route not loaded yet.
 *
 * Same code, same checks: authentication, roles, rate limits, body limits, validation and
 * error mapping all live in the handler. What Next.js added around it, the lane adds too:
 * the security headers of next.config.js (one list, lib/auth/content-security-policy.mjs).
 * Not added: response compression (a reverse proxy does that; JSON over loopback needs none).
 * FACTDESK_API_LANE=0 turns the lane off.
 */

type Handler = (req?: Request, ctx?: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface LaneRoute {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

/** "/api/claims/{id}/sources/{sourceId}" → a RegExp capturing one segment per parameter. */
export function compilePath(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split("/")
    .map((segment) => {
      const m = /^\{([^}.]+)\}$/.exec(segment);
      if (m) {
        names.push(m[1]);
        return "([^/]+)";
      }
      if (segment.includes("{")) throw new Error(`The API lane does not route ${path} (catch-all segment)`);
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return { pattern: new RegExp(`^${source}$`), names };
}

const globalForLane = globalThis as unknown as { factdeskApiLane?: ApiLane };

export interface ApiLane {
  routes: LaneRoute[];
  /** The handler and params for this request, or null when Next.js should answer it. */
  match(method: string, pathname: string): { handler: Handler; params: Record<string, string> } | null;
  /** The headers Next.js would have added to an API answer. */
  headers: ReadonlyArray<{ key: string; value: string }>;
}

function lane(): ApiLane {
  if (globalForLane.factdeskApiLane) return globalForLane.factdeskApiLane;
  const routes: LaneRoute[] = [];
  const created: ApiLane = {
    routes,
    headers: securityHeaders(),
    match(method, pathname) {
      for (const r of routes) {
        if (r.method !== method) continue;
        const m = r.pattern.exec(pathname);
        if (!m) continue;
        const params: Record<string, string> = {};
        try {
          r.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
        } catch {
          return null; // a malformed escape: Next.js answers it as it always did
        }
        return { handler: r.handler, params };
      }
      return null;
    },
  };
  globalForLane.factdeskApiLane = created;
  return created;
}

/** Offers a route handler to the lane (called by `routes(...)` for JSON endpoints under /api/). */
export function registerApiLaneRoute(method: string, path: string, handler: Handler): void {
  if (!path.startsWith("/api/") || path.includes("{...")) return;
  const table = lane().routes;
  if (table.some((r) => r.method === method && r.pattern.source === compilePath(path).pattern.source)) return;
  const { pattern, names } = compilePath(path);
  table.push({ method, pattern, names, handler, rank: specificity(path) } as LaneRoute);
  // As Next.js routes: at the first segment where two paths differ, a literal beats a parameter
  // (/api/claims/bulk before /api/claims/{id}).
  table.sort((a, b) => compareRank((a as Ranked).rank, (b as Ranked).rank));
}

type Ranked = LaneRoute & { rank: number[] };

function specificity(path: string): number[] {
  return path.split("/").map((segment) => (segment.startsWith("{") ? 1 : 0));
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const BODYLESS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Answers `req` through the lane when a loaded route handles it; false lets Next.js answer.
 * Called by scripts/server.mjs (registered on globalThis by ./endpoint.ts).
 */
export function answerApiRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "";
  if (!url.startsWith("/api/") || !req.method) return false;
  const q = url.indexOf("?");
  const pathname = q === -1 ? url : url.slice(0, q);
  const found = lane().match(req.method, pathname);
  if (!found) return false;
  const abort = new AbortController();
  res.on("close", () => abort.abort());
  let request: Request;
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else headers.set(name, value);
    }
    request = new Request(`http://${req.headers.host ?? "localhost"}${url}`, {
      method: req.method,
      headers,
      signal: abort.signal,
      ...(BODYLESS.has(req.method) ? {} : { body: bodyStream(req), duplex: "half" }),
    } as RequestInit);
  } catch {
    return false; // e.g. a Host header no URL can hold: Next.js answers it as it always did
  }
  found.handler(request, { params: Promise.resolve(found.params) }).then(
    (response) => send(res, response),
    (error) => {
      // The handler maps every error it knows to JSON; this is the unexpected rest.
      console.error("[factdesk] API lane:", error);
      void send(res, Response.json({ error: "internal", message: "Something went wrong on the server. Try again." }, { status: 500 }));
    },
  );
  return true;
}

/**
 * The request body as a web stream. Not `Readable.toWeb(req)`: cancelling that (the body limit
 * of lib/http/route.ts stops reading past it) destroys the socket, so the client would get a
 * reset instead of the 413. Here a cancel only stops listening and drains the rest.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        if (!open) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.on("end", () => open && ((open = false), controller.close()));
      req.on("error", (error) => open && ((open = false), controller.error(error)));
    },
    pull() {
      req.resume();
    },
    cancel() {
      open = false;
      req.resume();
    },
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const out: Record<string, string | string[]> = {};
  for (const { key, value } of lane().headers) out[key.toLowerCase()] = value;
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") out[key] = value; // the route's own headers win, as in next.config.js
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) out["set-cookie"] = cookies;
  const text = jsonTextOf(response);
  if (text !== undefined) {
    out["content-length"] = String(Buffer.byteLength(text));
    res.writeHead(response.status, out);
    res.end(text);
    return;
  }
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  if (body) out["content-length"] = String(body.length);
  res.writeHead(response.status, out);
  res.end(body ?? undefined);
}

/** Offers the lane to scripts/server.mjs (it looks for it on globalThis). */
export function registerApiLane(): void {
  (globalThis as unknown as { factdeskApiLaneAnswer?: typeof answerApiRequest }).factdeskApiLaneAnswer = answerApiRequest;
}
