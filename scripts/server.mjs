#!/usr/bin/env node
// Factdesk's production HTTP server: Next.js's request handler behind a plain node:http
// server, so the app can learn the TCP peer of each connection. `next start` cannot tell a
// client's own X-Forwarded-For from a proxy's, and sign-in throttling must not trust a header
// the client wrote. Each request gets the peer address in x-factdesk-peer (any value the client
// sent is replaced); lib/auth/client-address.ts reads it, plus X-Forwarded-For hops only as far
// as FACTDESK_TRUSTED_PROXIES allows. Usage: node scripts/server.mjs -p <port>
import http from "node:http";
import { parseArgs } from "node:util";
import { root } from "./env.mjs";

process.env.NODE_ENV = "production";
// Tells the app that x-factdesk-peer comes from this server (see lib/auth/client-address.ts).
process.env.FACTDESK_PEER_HEADER = "1";
const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;

const { default: next } = await import("next");
const app = next({ dev: false, dir: root, port, hostname: hostname ?? "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
// Benchmarks only (bench/run.ts sets it): event-loop delay, GC pauses and peak RSS at
// GET /__factdesk/loop-stats. Off unless FACTDESK_LOOP_STATS=1.
const loopStats = process.env.FACTDESK_LOOP_STATS === "1" ? (await import("./loop-stats.mjs")).startLoopStats() : null;

// Public fact-check pages (issue 13) are answered before Next.js from the app's cache of
// published snapshots: same bytes and headers as the Next.js route, one indexed read per
// request to stay fresh across instances (lib/http/public-page-fast-path.ts). The route
// bundle registers the function on globalThis when it loads (warm-up below, or the first
// request); until then, and for whatever it declines (null), Next.js answers.
// FACTDESK_PUBLIC_PAGE_CACHE=0 turns it off.
const publicPagesFirst = process.env.FACTDESK_PUBLIC_PAGE_CACHE !== "0";
function servePublicPage(req, res) {
  const answer = globalThis.factdeskPublicPageFastPath;
  if (!publicPagesFirst || !answer || req.method !== "GET" || !req.url?.startsWith("/fact-checks/")) return false;
  answer(req.method, req.url, req.headers).then(
    (a) => {
      if (!a) return handle(req, res);
      res.writeHead(a.status, a.headers);
      res.end(a.body);
    },
    (error) => {
      console.error("Public page fast path failed; Next.js answers:", error);
      handle(req, res);
    },
  );
  return true;
}

// JSON API requests go straight to the route's own handler (lib/http/api-lane.ts): Next.js's
// router costs more main-thread time per request than most use cases. Route modules register
// their handlers when they load (warm-up below); until then, and for pages, files, streams and
// next-auth, Next.js answers. FACTDESK_API_LANE=0 turns it off.
// The lane opens only once every API route has loaded (after the warm-up below): with part of
// the routes registered, a path could match a loaded route's pattern that Next.js would have
// given to a more specific one not loaded yet. Without the warm-up, the lane stays closed.
let apiLaneOpen = false;
function serveApi(req, res) {
  const answer = globalThis.factdeskApiLaneAnswer;
  return apiLaneOpen && typeof answer === "function" && answer(req, res);
}

const server = http.createServer((req, res) => {
  if (loopStats?.(req, res)) return;
  req.headers["x-factdesk-peer"] = req.socket.remoteAddress ?? "";
  if (serveApi(req, res)) return;
  if (servePublicPage(req, res)) return;
  handle(req, res);
});
// Load every API route's code before taking traffic (FACTDESK_WARM_ROUTES=0 skips it).
if (process.env.FACTDESK_WARM_ROUTES !== "0") {
  const { warmRoutes } = await import("./warm-routes.mjs");
  const warmed = await warmRoutes(root, (req, res) => {
    req.headers["x-factdesk-peer"] = req.socket.remoteAddress ?? "";
    handle(req, res);
  });
  console.log(`> Loaded ${warmed.routes} API routes in ${warmed.ms} ms${warmed.failed ? ` (${warmed.failed} failed to load: every API request goes through Next.js)` : ""}`);
  apiLaneOpen = process.env.FACTDESK_API_LANE !== "0" && warmed.failed === 0;
}
// npm start passes a heap limit (scripts/server-flags.mjs); say so when it is missing, since
// without it V8 lets garbage pile up to several times the live heap before collecting.
{
  const { heap_size_limit } = (await import("node:v8")).getHeapStatistics();
  const limitMb = Math.round(heap_size_limit / 2 ** 20);
  if (limitMb > 1024) console.log(`> Heap limit ${limitMb} MB (V8's default): start with \`npm start\` or node --max-old-space-size=256 for a bounded footprint`);
}
server.listen(port, hostname, () => console.log(`> Factdesk ready on http://${hostname ?? "localhost"}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
