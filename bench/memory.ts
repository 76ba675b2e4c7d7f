/**
 * Where the production server's resident memory goes under the saturated write load (issue 16:
 * peak RSS ≤ 400 MB). Starts the built server (scripts/server.mjs) on a fresh benchmark
 * database, once per set of Node flags given, runs the same write load as `npm run bench`, and
 * samples the server's own memory breakdown every 250 ms (GET /__factdesk/loop-stats:
 * RSS, V8 heap reserved/used per space, external memory and ArrayBuffers). Prints, per flag
 * set, the breakdown at the moment of peak RSS, throughput and GC time, so a heap limit's
 * effect on memory and on speed is read from one run.
 *
 * Usage: npx tsx bench/memory.ts [--dist .next-bench] [--duration 20] [--flags= --flags=--max-old-space-size=192 …]
 * (`--flags=` is V8's default sizing; without --flags: the default, then npm start's flags).
 */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runSaturatedLoad } from "./lib/autocannon-load";
import { startServer } from "./lib/server";
import { serverNodeFlags } from "../scripts/server-flags.mjs";

const { values } = parseArgs({
  options: { dist: { type: "string", default: ".next-bench" }, duration: { type: "string", default: "20" }, flags: { type: "string", multiple: true }, out: { type: "string" } },
});
const root = path.resolve(__dirname, "..");
const node = process.execPath;
// By default: V8's own heap sizing, then the flags npm start uses (scripts/server-flags.mjs).
const flagSets = values.flags?.length ? values.flags : ["", serverNodeFlags().join(" ")];

interface Sample {
  rssMb: number;
  heapUsedMb: number;
  memoryMb?: { heapTotal: number; external: number; arrayBuffers: number; spaces: Record<string, { size: number; used: number }> };
  gc: { count: number; totalMs: number; maxMs: number };
  loopDelayMs: { p99: number; max: number };
}

async function sampleStats(baseUrl: string, query = ""): Promise<Sample | null> {
  try {
    const res = await fetch(`${baseUrl}/__factdesk/loop-stats${query}`);
    return res.ok ? ((await res.json()) as Sample) : null;
  } catch {
    return null;
  }
}

function prepareDatabase(env: NodeJS.ProcessEnv): void {
  for (const args of [["scripts/prisma.mjs", "migrate", "deploy"], ["node_modules/tsx/dist/cli.mjs", "prisma/seed/index.ts"]]) {
    const r = spawnSync(node, args, { cwd: root, env, stdio: "inherit" });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
  }
}

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "factdesk-memory-"));
  const template = path.join(tmp, "template.db");
  const env = { ...process.env, DATABASE_URL: "file:" + template, NEXT_DIST_DIR: values.dist!, NEXTAUTH_SECRET: "bench-secret", NEXT_TELEMETRY_DISABLED: "1", FACTDESK_BCRYPT_COST: "4" };
  prepareDatabase(env);
  process.env.DATABASE_URL = env.DATABASE_URL;
  process.env.FACTDESK_BCRYPT_COST = "4";
  const { prepareBenchData } = await import("./lib/prepare");
  const data = await prepareBenchData();
  const { db } = await import("@/lib/data/client");
  await db.$disconnect();
  const results = [];
  for (const [i, flags] of flagSets.entries()) {
    const dbFile = path.join(tmp, `run-${i}.db`);
    copyFileSync(template, dbFile);
    const port = 3310 + i;
    const server = await startServer({
      command: node,
      args: ["--expose-gc", ...flags.split(/\s+/).filter(Boolean), "scripts/server.mjs", "-p", String(port)],
      env: { ...env, DATABASE_URL: "file:" + dbFile, NEXTAUTH_URL: `http://127.0.0.1:${port}`, FACTDESK_LOOP_STATS: "1" },
      port,
      readyPath: "/signin",
    });
    const idle = await sampleStats(server.baseUrl);
    await runSaturatedLoad(server.baseUrl, data, { connections: 10, durationSec: 5 });
    await fetch(`${server.baseUrl}/__factdesk/loop-stats?reset=1`);
    let peak: Sample | null = null;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const s = await sampleStats(server.baseUrl);
        if (s && (!peak || s.rssMb > peak.rssMb)) peak = s;
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    const load = await runSaturatedLoad(server.baseUrl, data, { connections: 50, durationSec: Number(values.duration) });
    sampling = false;
    await sampler;
    const end = await sampleStats(server.baseUrl);
    // What survives a full collection after the load: retained memory (caches, leaks), not garbage.
    const retained = await sampleStats(server.baseUrl, "?gc=1");
    const treePeakMb = Math.round(server.peakRssMb());
    await server.stop();
    const row = { flags: flags || "(none)", loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100), writesPerSec: load.throughput, non2xx: load.non2xx, errors: load.errors, treePeakRssMb: treePeakMb, idle, atPeak: peak, retained, end: end && { gc: end.gc, loopDelayMs: end.loopDelayMs } };
    results.push(row);
    const p = peak as Sample | null;
    console.log(`\n[${row.flags}] ${load.throughput} writes/s, non-2xx ${load.non2xx}, peak tree RSS ${treePeakMb} MB (idle ${idle?.rssMb} MB)`);
    if (p?.memoryMb) {
      const spaces = Object.entries(p.memoryMb.spaces).map(([k, v]) => `${k} ${v.used}/${v.size}`).join(", ");
      console.log(`  at peak: RSS ${p.rssMb} MB = heap reserved ${p.memoryMb.heapTotal} (used ${p.heapUsedMb}) + external ${p.memoryMb.external} (ArrayBuffers ${p.memoryMb.arrayBuffers}) + other ${p.rssMb - p.memoryMb.heapTotal - p.memoryMb.external}`);
      console.log(`  spaces used/reserved MB: ${spaces}`);
    }
    if (retained?.memoryMb) console.log(`  after a full GC: RSS ${retained.rssMb} MB, heap used ${retained.heapUsedMb} MB, old space used ${retained.memoryMb.spaces.old_space?.used} MB`);
    if (end) console.log(`  GC ${end.gc.count} pauses, ${end.gc.totalMs} ms total, max ${end.gc.maxMs} ms; loop delay p99 ${end.loopDelayMs.p99} / max ${end.loopDelayMs.max} ms`);
  }
  if (values.out) writeFileSync(values.out, JSON.stringify({ at: new Date().toISOString(), durationSec: Number(values.duration), results }, null, 2) + "\n");
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
