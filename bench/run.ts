// `npm run bench`: builds the app, starts it on a fresh SQLite database with generated
// data, runs every benchmark, stops what it started and writes bench/RESULTS.md.
//   npm run bench -- --only write,newsroom,big,sse,public-page,exports,anchoring,suggest,reanchor [--skip-build] [--dist .next-bench] [--duration 30]
// The server is the production one (scripts/server.mjs) with FACTDESK_LOOP_STATS=1: during the
// write and newsroom loads it records event-loop delay, GC pauses and peak RSS, while a probe
// fetches a static JS chunk every 100 ms. BENCH_PROFILE_DIR=<dir> adds a CPU profile of the
// server, BENCH_NODE_FLAGS="--trace-gc ..." more Node flags, BENCH_SERVER_LOG=<file> keeps
// the server's stdout.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { startStaticProbe, staticChunkPath, loopStats } from "./lib/probe";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startServer, type RunningServer } from "./lib/server";
import { serverNodeFlags } from "../scripts/server-flags.mjs";
import { runSaturatedLoad } from "./lib/autocannon-load";
import { runOpenLoop } from "./lib/open-loop";
import { machine } from "./lib/stats";
import { writeResults, type Results } from "./lib/report";

const root = path.resolve(__dirname, "..");
const { values } = parseArgs({
  options: { only: { type: "string" }, "skip-build": { type: "boolean", default: false }, dist: { type: "string", default: ".next-bench" }, duration: { type: "string", default: "30" } },
});
const parts = new Set((values.only ?? "write,newsroom,big,sse,public-page,exports,anchoring,suggest,reanchor").split(","));
const duration = Number(values.duration);
const node = process.execPath;
const distDir = values.dist!;
const loadavg = () => os.loadavg().map((x) => Math.round(x * 10) / 10);

function writeJson(file: string, value: unknown) {
  mkdirSync(path.join(root, "bench", "results"), { recursive: true });
  writeFileSync(path.join(root, "bench", "results", file), JSON.stringify(value, null, 2) + "\n");
}

/** Runs a load with the event-loop statistics reset before and read after, and the static-file probe running. */
async function instrumented<T>(baseUrl: string, load: () => Promise<T>) {
  await loopStats(baseUrl, true);
  const loadBefore = loadavg();
  const probe = startStaticProbe(baseUrl, staticChunkPath(path.join(root, distDir)));
  const result = await load();
  const staticProbe = await probe.stop();
  const loop = await loopStats(baseUrl);
  return { result, loop, staticProbe, loadAverage: { before: loadBefore, after: loadavg() } };
}

function printInstrumented(label: string, x: { loop: Awaited<ReturnType<typeof loopStats>>; staticProbe: { p50: number; p95: number; p99: number; max: number; errors: number }; loadAverage: { before: number[]; after: number[] } }) {
  const l = x.loop;
  console.log(`  ${label}: load average ${x.loadAverage.before.join(" ")} → ${x.loadAverage.after.join(" ")}`);
  if (l) console.log(`  event-loop delay p50/p99/max ${l.loopDelayMs.p50}/${l.loopDelayMs.p99}/${l.loopDelayMs.max} ms; stalls > 50 ms: ${l.stalls.length}; GC ${l.gc.count} pauses, ${l.gc.totalMs} ms, max ${l.gc.maxMs} ms; peak RSS ${l.peakRssMb} MB`);
  const p = x.staticProbe;
  console.log(`  static file every 100 ms: p50/p95/p99/max ${p.p50}/${p.p95}/${p.p99}/${p.max} ms, ${p.errors} errors`);
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n> ${label}`);
  const r = spawnSync(node, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status})`);
}

const get = (o: unknown, key: string): unknown => (o && typeof o === "object" ? (o as Record<string, unknown>)[key] : undefined);

function readJson(file: string): unknown {
  const full = path.join(root, "bench", "results", file);
  return existsSync(full) ? JSON.parse(readFileSync(full, "utf8")) : null;
}

async function main() {
  // With --only, the other parts keep their figures from the previous full run.
  const previous = values.only && existsSync(path.join(root, "bench", "results", "run.json")) ? (JSON.parse(readFileSync(path.join(root, "bench", "results", "run.json"), "utf8")) as Results) : null;
  const results: Results = { machine: machine(), startedAt: new Date().toISOString(), parts: { ...(previous?.parts ?? {}) } };
  const needsServer = ["write", "newsroom", "big", "sse"].some((p) => parts.has(p));
  const tmp = mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-"));
  const dbFile = path.join(tmp, "bench.db");
  const env = { ...process.env, DATABASE_URL: "file:" + dbFile, NEXT_DIST_DIR: distDir, NEXTAUTH_SECRET: "bench-secret", NEXT_TELEMETRY_DISABLED: "1", FACTDESK_BCRYPT_COST: "4" };
  let server: RunningServer | null = null;

  try {
    if (needsServer) {
      if (!values["skip-build"]) run("Building the app", ["node_modules/next/dist/bin/next", "build"], env);
      run("Migrating a fresh database", ["scripts/prisma.mjs", "migrate", "deploy"], env);
      run("Seeding", ["node_modules/tsx/dist/cli.mjs", "prisma/seed/index.ts"], env);
      process.env.DATABASE_URL = env.DATABASE_URL;
      process.env.FACTDESK_BCRYPT_COST = "4";
      const { prepareBenchData } = await import("./lib/prepare");
      console.log("\n> Generating benchmark data (editors, tokens, articles, a 30,000-word article with 2,000 claims)");
      const data = await prepareBenchData();
      const baselineDb = path.join(tmp, "baseline.db");
      copyFileSync(dbFile, baselineDb);
      const port = 3300;
      // BENCH_PROFILE_DIR=<dir> writes a CPU profile of the server (for finding where time goes).
      const profile = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
      const extraFlags = (process.env.BENCH_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);
      server = await startServer({
        command: node,
        args: [...profile, ...serverNodeFlags(), ...extraFlags, "scripts/server.mjs", "-p", String(port)],
        env: { ...env, NEXTAUTH_URL: `http://127.0.0.1:${port}`, FACTDESK_LOOP_STATS: "1" },
        port,
        readyPath: "/signin",
        stdoutFile: process.env.BENCH_SERVER_LOG,
      });
      console.log(`\n> Factdesk running at ${server.baseUrl} (pid ${server.pid})`);

      if (parts.has("write") || parts.has("newsroom")) {
        console.log("> Warm-up (5 s)");
        await runSaturatedLoad(server.baseUrl, data, { connections: 10, durationSec: 5 });
      }
      if (parts.has("write")) {
        console.log(`> Saturated write load: 50 connections, ${duration} s`);
        server.resetPeak();
        const run = await instrumented(server.baseUrl, () => runSaturatedLoad(server!.baseUrl, data, { connections: 50, durationSec: duration }));
        const factdesk = run.result;
        const peakRssMb = Math.round(server.peakRssMb());
        printInstrumented("saturated writes", run);
        results.parts.write = { factdesk, peakRssMb, loop: run.loop, staticProbe: run.staticProbe, loadAverage: run.loadAverage };
      }
      if (parts.has("newsroom")) {
        console.log(`> Newsroom load: 200 editors, one operation every 2 s each, ${duration} s`);
        server.resetPeak();
        const run = await instrumented(server.baseUrl, () => runOpenLoop(server!.baseUrl, data, { editors: 200, intervalMs: 2000, durationSec: duration }));
        const newsroom = { ...run.result, peakRssMb: Math.round(server.peakRssMb()), loop: run.loop, staticProbe: run.staticProbe, loadAverage: run.loadAverage, at: new Date().toISOString(), walCheckpoint: process.env.FACTDESK_WAL_CHECKPOINT ?? "worker" };
        console.log(`  newsroom: p50/p95/p99/max ${newsroom.p50}/${newsroom.p95}/${newsroom.p99}/${newsroom.max} ms, ${newsroom.errors} errors, ${newsroom.non2xx} non-2xx, peak RSS ${newsroom.peakRssMb} MB`);
        printInstrumented("newsroom", run);
        // Every newsroom run is kept (the targets ask for three consecutive runs).
        const historyFile = path.join(root, "bench", "results", "newsroom-runs.json");
        const history = existsSync(historyFile) ? (JSON.parse(readFileSync(historyFile, "utf8")) as unknown[]) : [];
        const { loop, staticProbe, ...summary } = newsroom;
        history.push({ ...summary, loopDelayMs: loop?.loopDelayMs, stallsOver50ms: loop?.stalls.length, gc: loop ? { count: loop.gc.count, totalMs: loop.gc.totalMs, maxMs: loop.gc.maxMs } : null, staticProbe: { p50: staticProbe.p50, p95: staticProbe.p95, p99: staticProbe.p99, max: staticProbe.max, errors: staticProbe.errors } });
        writeJson("newsroom-runs.json", history.slice(-20));
        writeJson("newsroom.json", newsroom);
        results.parts.newsroom = newsroom;
      }
      if (parts.has("big")) {
        const { timeBigArticleApi, timeBigArticleBrowser } = await import("./lib/big-article");
        console.log("> Big article: API and browser timings");
        const api = { ...(await timeBigArticleApi(server.baseUrl, data.tokens[0], data.bigArticleId)), loadAverage: loadavg() };
        console.log(`  GET big article: median ${api.p50} ms, p95 ${api.p95} ms (load average ${api.loadAverage.join(" ")})`);
        let browser: unknown = null;
        // BENCH_SKIP_BROWSER=1 keeps the previous browser figures (Chromium is slow to start on a loaded machine).
        if (process.env.BENCH_SKIP_BROWSER === "1") browser = get(previous?.parts.big, "browser") ?? null;
        else try {
          browser = await timeBigArticleBrowser(server.baseUrl, { email: data.editorEmail, password: data.editorPassword }, data.bigArticleId, data.bigClaimCount);
        } catch (error) {
          browser = { error: error instanceof Error ? error.message : String(error) };
        }
        results.parts.big = { api, browser, claims: data.bigClaimCount };
      }
      if (parts.has("sse") && existsSync(path.join(root, "bench", "sse-fanout.ts"))) {
        run("SSE fan-out (N=1 and N=100)", ["node_modules/tsx/dist/cli.mjs", "bench/sse-fanout.ts", "--base-url", server.baseUrl], env);
        results.parts.sse = readJson("sse-fanout.json");
      }
      await server.stop();
      server = null;

      if (parts.has("write")) {
        console.log(`\n> Baseline: bare Node http + better-sqlite3, same load, ${duration} s`);
        const baseline = await startServer({ command: node, args: ["node_modules/tsx/dist/cli.mjs", "bench/baseline-server.ts", "--db", baselineDb, "--port", "3399"], env, port: 3399, readyPath: "/" });
        await runSaturatedLoad(baseline.baseUrl, data, { connections: 10, durationSec: 3 });
        const result = await runSaturatedLoad(baseline.baseUrl, data, { connections: 50, durationSec: duration });
        await baseline.stop();
        const write = results.parts.write as { factdesk: { throughput: number } };
        results.parts.write = { ...write, baseline: { ...result, loadAverage: loadavg() }, ratio: Math.round((write.factdesk.throughput / result.throughput) * 1000) / 1000 };
        console.log(`  baseline ${result.throughput} writes/s; Factdesk ${write.factdesk.throughput} writes/s; ratio ${(results.parts.write as { ratio: number }).ratio}`);
        writeJson("write.json", results.parts.write);
      }
    }
    if (parts.has("public-page")) {
      // Its own fresh database and server (bench/public-page.ts); the build above is reused.
      const skipBuild = values["skip-build"] || needsServer ? ["--skip-build"] : [];
      run("Benchmark: public fact-check page (100 anonymous readers)", ["node_modules/tsx/dist/cli.mjs", "bench/public-page.ts", "--dist", distDir, "--duration", String(duration), ...skipBuild], process.env);
      results.parts["public-page"] = readJson("public-page.json");
    }
    const pure: [string, string, string][] = [
      ["exports", "bench/export.bench.ts", "export.json"],
      ["anchoring", "bench/anchoring.bench.ts", "anchoring.json"],
      ["suggest", "bench/suggest.bench.ts", "suggest.json"],
      ["reanchor", "bench/reanchor-save.ts", "reanchor-save.json"],
    ];
    for (const [part, script, file] of pure) {
      if (!parts.has(part) || !existsSync(path.join(root, script))) continue;
      run(`Benchmark: ${part}`, ["node_modules/tsx/dist/cli.mjs", script], { ...process.env, DATABASE_URL: "" });
      results.parts[part] = readJson(file);
    }
  } finally {
    if (server) await server.stop();
  }
  mkdirSync(path.join(root, "bench", "results"), { recursive: true });
  writeFileSync(path.join(root, "bench", "results", "run.json"), JSON.stringify(results, null, 2));
  writeResults(results, path.join(root, "bench", "RESULTS.md"), parts);
  console.log("\nWrote bench/RESULTS.md");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
