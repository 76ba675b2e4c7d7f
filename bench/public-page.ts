// Published page under load: anonymous readers of a public fact-check page.
//   npx tsx bench/public-page.ts [--skip-build] [--dist .next-bench] [--connections 100] [--duration 30]
// Builds (unless --skip-build), starts the app on a fresh seeded database, publishes the
// sample article through the real use case, then runs autocannon against /fact-checks/<slug>
// with no cookies. Records throughput and exact p95 (from every response time) in
// bench/results/public-page.json. Target: ≥ 1,000 pages/s and p95 ≤ 50 ms.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startServer } from "./lib/server";
import { machine, percentile } from "./lib/stats";

const root = path.resolve(__dirname, "..");
const { values } = parseArgs({
  options: { "skip-build": { type: "boolean", default: false }, dist: { type: "string", default: ".next-bench" }, connections: { type: "string", default: "100" }, duration: { type: "string", default: "30" }, port: { type: "string", default: "3310" } },
});

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

  const server = await startServer({ command: process.execPath, args: ["node_modules/next/dist/bin/next", "start", "-p", String(port)], env, port, readyPath: pagePath });
  try {
    const first = await fetch(base + pagePath);
    const bytes = (await first.text()).length;
    if (first.status !== 200) throw new Error(`The page answered ${first.status}`);
    console.log(`> ${base}${pagePath}: ${bytes} bytes; warm-up 5 s`);
    await autocannon({ url: base + pagePath, connections: 10, duration: 5 });

    const connections = Number(values.connections);
    const duration = Number(values.duration);
    console.log(`> ${connections} anonymous readers for ${duration} s`);
    server.resetPeak();
    const times: number[] = [];
    const result = await autocannon({
      url: base + pagePath,
      connections,
      duration,
      setupClient: (client: { on: (event: "response", fn: (status: number, bytes: number, ms: number) => void) => void }) => client.on("response", (_s, _b, ms) => times.push(ms)),
    } as autocannon.Options);
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
      peakRssMb: Math.round(server.peakRssMb()),
    };
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    writeFileSync(path.join(root, "bench", "results", "public-page.json"), JSON.stringify(out, null, 2) + "\n");
    console.log(JSON.stringify(out, null, 2));
    console.log(`\n${out.pagesPerSec} pages/s (target ≥ 1,000), p95 ${out.latencyMs.p95.toFixed(1)} ms (target ≤ 50 ms)`);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
