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

const server = http.createServer((req, res) => {
  if (loopStats?.(req, res)) return;
  req.headers["x-factdesk-peer"] = req.socket.remoteAddress ?? "";
  handle(req, res);
});
// Load every API route's code before taking traffic (FACTDESK_WARM_ROUTES=0 skips it).
if (process.env.FACTDESK_WARM_ROUTES !== "0") {
  const { warmRoutes } = await import("./warm-routes.mjs");
  const warmed = await warmRoutes(root, (req, res) => {
    req.headers["x-factdesk-peer"] = req.socket.remoteAddress ?? "";
    handle(req, res);
  });
  console.log(`> Loaded ${warmed.routes} API routes in ${warmed.ms} ms`);
}
server.listen(port, hostname, () => console.log(`> Factdesk ready on http://${hostname ?? "localhost"}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
