// `npm run bench`: builds the app, starts it on a fresh SQLite database with generated
// data, runs every benchmark, stops what it started and writes bench/RESULTS.md.
//   npm run bench -- --only write,newsroom,big,sse,exports,anchoring,suggest,reanchor [--skip-build] [--duration 30]
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startServer, type RunningServer } from "./lib/server";
import { runSaturatedLoad } from "./lib/autocannon-load";
import { runOpenLoop } from "./lib/open-loop";
import { machine } from "./lib/stats";
import { writeResults, type Results } from "./lib/report";

const root = path.resolve(__dirname, "..");
const { values } = parseArgs({
  options: { only: { type: "string" }, "skip-build": { type: "boolean", default: false }, duration: { type: "string", default: "30" } },
});
const parts = new Set((values.only ?? "write,newsroom,big,sse,exports,anchoring,suggest,reanchor").split(","));
const duration = Number(values.duration);
const node = process.execPath;
const distDir = ".next-bench";

function run(label: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n> ${label}`);
  const r = spawnSync(node, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status})`);
}

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
      server = await startServer({ command: node, args: [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(port)], env: { ...env, NEXTAUTH_URL: `http://127.0.0.1:${port}` }, port, readyPath: "/signin" });
      console.log(`\n> Factdesk running at ${server.baseUrl} (pid ${server.pid})`);

      if (parts.has("write") || parts.has("newsroom")) {
        console.log("> Warm-up (5 s)");
        await runSaturatedLoad(server.baseUrl, data, { connections: 10, durationSec: 5 });
      }
      if (parts.has("write")) {
        console.log(`> Saturated write load: 50 connections, ${duration} s`);
        server.resetPeak();
        const factdesk = await runSaturatedLoad(server.baseUrl, data, { connections: 50, durationSec: duration });
        const peakRssMb = Math.round(server.peakRssMb());
        results.parts.write = { factdesk, peakRssMb };
      }
      if (parts.has("newsroom")) {
        console.log(`> Newsroom load: 200 editors, one operation every 2 s each, ${duration} s`);
        server.resetPeak();
        const newsroom = await runOpenLoop(server.baseUrl, data, { editors: 200, intervalMs: 2000, durationSec: duration });
        results.parts.newsroom = { ...newsroom, peakRssMb: Math.round(server.peakRssMb()) };
      }
      if (parts.has("big")) {
        const { timeBigArticleApi, timeBigArticleBrowser } = await import("./lib/big-article");
        console.log("> Big article: API and browser timings");
        const api = await timeBigArticleApi(server.baseUrl, data.tokens[0], data.bigArticleId);
        let browser: unknown = null;
        try {
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
        results.parts.write = { ...write, baseline: result, ratio: Math.round((write.factdesk.throughput / result.throughput) * 1000) / 1000 };
      }
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
  writeResults(results, path.join(root, "bench", "RESULTS.md"));
  console.log("\nWrote bench/RESULTS.md");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
