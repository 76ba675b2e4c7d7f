// Published page under load: anonymous readers of a public fact-check page.
//   npx tsx bench/public-page.ts [--skip-build] [--dist .next-bench] [--connections 100] [--duration 30]
// Builds (unless --skip-build), starts the production server (scripts/server.mjs) on a fresh
// seeded database, publishes the sample article through the real use case, then runs autocannon
// against /fact-checks/<slug> with no cookies. Then, same load, a baseline: a bare node:http
// server answering the same bytes, so a figure on a shared, loaded machine can be read against
// what the machine manages at all. Records throughput, exact p95 (from every response time) and
// the load average in bench/results/public-page.json. Target: ≥ 1,000 pages/s and p95 ≤ 50 ms.
// Also run by `npm run bench -- --only public-page`.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startServer } from "./lib/server";
import { serverNodeFlags } from "../scripts/server-flags.mjs";
import { machine, percentile } from "./lib/stats";

const root = path.resolve(__dirname, "..");
const { values } = parseArgs({
  options: { "skip-build": { type: "boolean", default: false }, dist: { type: "string", default: ".next-bench" }, connections: { type: "string", default: "100" }, duration: { type: "string", default: "30" }, port: { type: "string", default: "3310" } },
});

const loadavg = () => os.loadavg().map((x) => Math.round(x * 10) / 10);

/** The baseline: the page's bytes from a bare node:http server (argv: file, port). */
const BARE_SERVER = `const http=require("node:http");const body=require("node:fs").readFileSync(process.argv[1]);http.createServer((q,r)=>{r.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":body.length});r.end(body)}).listen(Number(process.argv[2]),"127.0.0.1")`;

/** Every response time of one autocannon run (for an exact p95), and its summary. */
async function load(url: string, connections: number, duration: number) {
  const times: number[] = [];
  const result = await autocannon({
    url,
    connections,
    duration,
    setupClient: (client: { on: (event: "response", fn: (status: number, bytes: number, ms: number) => void) => void }) => client.on("response", (_s, _b, ms) => times.push(ms)),
  } as autocannon.Options);
  return { result, times };
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv) {
  console.log(`\n> ${label}`);
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status})`);
}

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-public-"));
  const port = Number(values.port);
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: "file:" + path.join(tmp, "bench.db"), NEXT_DIST_DIR: values.dist, NEXTAUTH_SECRET: "bench-secret", NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1", FACTDESK_BCRYPT_COST: "4" };
  if (!values["skip-build"]) run("Building the app", ["node_modules/next/dist/bin/next", "build"], env);
  run("Migrating a fresh database", ["scripts/prisma.mjs", "migrate", "deploy"], env);
  run("Seeding", ["node_modules/tsx/dist/cli.mjs", "prisma/seed/index.ts"], env);

  Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, NEXTAUTH_URL: base });
  const { db } = await import("@/lib/data/client");
  const { publishArticle } = await import("@/lib/server/publish-article");
  const reviewer = await db.user.findFirstOrThrow({ where: { role: "reviewer" } });
  const article = await db.article.findFirstOrThrow({ where: { deletedAt: null, claims: { some: { reviewState: "approved" } } } });
  const published = await publishArticle({ id: reviewer.id, name: reviewer.name, email: reviewer.email, role: "reviewer", via: "session" }, article.id, {});
  await db.$disconnect();
  const pagePath = `/fact-checks/${published.slug}`;

  // BENCH_PROFILE_DIR=<dir> writes a CPU profile of the server (where a request's time goes).
  const profile = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const server = await startServer({ command: process.execPath, args: [...profile, ...serverNodeFlags(), "scripts/server.mjs", "-p", String(port)], env, port, readyPath: pagePath });
  let stopped = false;
  const stopApp = async () => {
    if (!stopped) await server.stop();
    stopped = true;
  };
  try {
    const first = await fetch(base + pagePath);
    const html = await first.text();
    const bytes = Buffer.byteLength(html);
    writeFileSync(path.join(tmp, "page.html"), html);
    if (first.status !== 200) throw new Error(`The page answered ${first.status}`);
    console.log(`> ${base}${pagePath}: ${bytes} bytes; warm-up 5 s`);
    await autocannon({ url: base + pagePath, connections: 10, duration: 5 });

    const connections = Number(values.connections);
    const duration = Number(values.duration);
    console.log(`> ${connections} anonymous readers for ${duration} s`);
    server.resetPeak();
    const loadBefore = loadavg();
    const { result, times } = await load(base + pagePath, connections, duration);
    const loadAfter = loadavg();
    const peakRssMb = Math.round(server.peakRssMb());
    await stopApp();

    console.log(`> Baseline: bare node:http serving the same ${bytes} bytes, same load`);
    const bare = await startServer({ command: process.execPath, args: ["-e", BARE_SERVER, path.join(tmp, "page.html"), String(port + 1)], env, port: port + 1, readyPath: "/" });
    let baseline;
    try {
      await autocannon({ url: `http://127.0.0.1:${port + 1}/`, connections: 10, duration: 3 });
      const b = await load(`http://127.0.0.1:${port + 1}/`, connections, duration);
      baseline = { pagesPerSec: Math.round(b.result["2xx"] / duration), latencyMs: { p50: percentile(b.times, 50), p95: percentile(b.times, 95), p99: percentile(b.times, 99) }, loadAverage: loadavg() };
    } finally {
      await bare.stop();
    }
    const ok = result["2xx"];
    const out = {
      machine: machine(),
      at: new Date().toISOString(),
      page: pagePath,
      pageBytes: bytes,
      connections,
      durationSec: duration,
      requests: result.requests.total,
      ok2xx: ok,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      pagesPerSec: Math.round(ok / duration),
      latencyMs: { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: percentile(times, 100) },
      peakRssMb,
      loadAverage: { before: loadBefore, after: loadAfter },
      baseline,
      ratioToBaseline: baseline.pagesPerSec ? Math.round((Math.round(ok / duration) / baseline.pagesPerSec) * 1000) / 1000 : null,
    };
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    writeFileSync(path.join(root, "bench", "results", "public-page.json"), JSON.stringify(out, null, 2) + "\n");
    console.log(JSON.stringify(out, null, 2));
    console.log(`\n${out.pagesPerSec} pages/s (target ≥ 1,000), p95 ${out.latencyMs.p95.toFixed(1)} ms (target ≤ 50 ms); bare node:http baseline ${baseline.pagesPerSec} pages/s, p95 ${baseline.latencyMs.p95.toFixed(1)} ms; load average ${loadBefore.join(" ")} → ${loadAfter.join(" ")}`);
  } finally {
    await stopApp();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
