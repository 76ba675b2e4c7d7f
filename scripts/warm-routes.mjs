// Loads every API route's code before the server takes traffic. Next.js loads (reads,
// compiles, evaluates) a route's bundle on its first request: measured under the bench's
// write load that cost seconds of main-thread time in the first seconds of traffic
// (`wrapSafe`, module resolution and file reads at the top of the CPU profile), and every
// request waited behind it (bench/RESULTS.md, "Stalls"). An OPTIONS request makes Next load
// the route module to answer which methods it has, without running any handler; it is sent
// to a private loopback listener on an ephemeral port, so nothing outside sees it.
import http from "node:http";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** URL paths of the build's API routes, dynamic segments filled with a placeholder. */
function apiRoutes(root) {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const manifest = path.join(root, dist, "server", "app-paths-manifest.json");
  if (!existsSync(manifest)) return [];
  return Object.keys(JSON.parse(readFileSync(manifest, "utf8")))
    .filter((key) => key.startsWith("/api/") && key.endsWith("/route"))
    .map((key) => key.slice(0, -"/route".length).replace(/\[\[?\.{0,3}[^\]]+\]\]?/g, "warm-up"));
}

/** Resolves with the status code, 0 when the request failed. */
function request(port, method, urlPath) {
  return new Promise((resolve) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: urlPath }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(0));
    req.setTimeout(60_000, () => req.destroy());
    req.end();
  });
}

/** Warms every API route (and the sign-in page) through `handler`; returns how many, how many failed to load, and how long. */
export async function warmRoutes(root, handler) {
  const started = performance.now();
  const server = http.createServer(handler);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  const routes = apiRoutes(root);
  let failed = 0;
  for (const route of routes) {
    const status = await request(port, "OPTIONS", route);
    if (status === 0 || status >= 500) failed++;
  }
  // The public fact-check page's route registers the server's fast path when it loads (issue 13).
  await request(port, "OPTIONS", "/fact-checks/warm-up");
  await request(port, "GET", "/signin");
  await new Promise((resolve) => server.close(resolve));
  return { routes: routes.length, failed, ms: Math.round(performance.now() - started) };
}
