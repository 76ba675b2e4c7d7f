/**
 * PostgreSQL with one and with two app instances (issue 12):
 *
 *   FACTDESK_PG_URL=postgresql://postgres@127.0.0.1:55433/postgres NEXT_DIST_DIR=.next-bench \
 *     npm run bench:pg -- [--only pg-write,pg-sse] [--duration 20] [--subscribers 100] [--writes 60]
 *
 * Needs a production build in NEXT_DIST_DIR (`npm run build` with the same NEXT_DIST_DIR) and a
 * PostgreSQL role that may create databases (a fresh database `factdesk_bench_pg` is made).
 *
 * pg-write: the saturated write load of `npm run bench` (50 closed-loop editors mixing
 *   create/edit/review/comment writes) against one instance, then split 25/25 over two
 *   instances on the same database; records both throughputs and the ratio two/one. On a
 *   2-core machine that also runs the load generator and PostgreSQL, a second Node process
 *   competes for the same cores: the ratio shows the cost of a second instance, not scale.
 * pg-sse: `--subscribers` SSE clients of one article, half on each instance; sequential PATCHes
 *   alternate between the instances; for every (write, subscriber) pair the time from the
 *   write's HTTP response to the frame's arrival, reported separately for subscribers on the
 *   other instance (cross-instance: LISTEN/NOTIFY) and on the same one. Target: cross-instance
 *   p95 ≤ 100 ms at 100 subscribers.
 * The load average is recorded beside every figure; results go to bench/results/pg-instances.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { runSaturatedLoad, type LoadResult } from "./lib/autocannon-load";
import type { LoadFixtures } from "./lib/scenario";
import { freshDatabase, migrateAndSeed, startInstances, type Instances } from "../tests/instances/cluster";
import { api, FeedClient, percentile } from "../tests/instances/http";

const root = path.resolve(__dirname, "..");
const { values } = parseArgs({
  options: {
    only: { type: "string", default: "pg-write,pg-sse" },
    duration: { type: "string", default: "20" },
    subscribers: { type: "string", default: "100" },
    writes: { type: "string", default: "60" },
    "gap-ms": { type: "string", default: "50" },
    ports: { type: "string", default: "3270,3271" },
  },
});
const parts = new Set(values.only!.split(","));
const duration = Number(values.duration);
const [portA, portB] = values.ports!.split(",").map(Number);
const loadavg = () => os.loadavg().map((x) => Math.round(x * 100) / 100);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 10) / 10;

function sumLoads(a: LoadResult, b: LoadResult) {
  return { requests: a.requests + b.requests, throughput: a.throughput + b.throughput, errors: a.errors + b.errors, non2xx: a.non2xx + b.non2xx, perInstance: [a, b] };
}

async function sseRound(instances: Instances, token: string, subscribers: number, writes: number, gapMs: number) {
  const [a, b] = instances.servers.map((s) => s.baseUrl);
  const sentence = "The council said the new bridge cost 40 million euros to build.";
  const article = await api<{ id: string }>(a, token, "POST", "/api/articles", { title: `SSE bench ${Date.now()}`, body: `${sentence}\n\nA second paragraph.` });
  if (article.status !== 201) throw new Error(`creating the article failed: ${JSON.stringify(article.body)}`);
  const claim = await api<{ claim: { id: string; version: number } }>(a, token, "POST", `/api/articles/${article.body.id}/claims`, { exact: sentence });
  if (claim.status !== 201) throw new Error(`marking the claim failed: ${JSON.stringify(claim.body)}`);
  const clients = Array.from({ length: subscribers }, (_, i) => new FeedClient(i % 2 === 0 ? a : b, token, article.body.id));
  const connectStart = performance.now();
  await Promise.all(clients.map((c) => c.open()));
  const connectMs = performance.now() - connectStart;

  const sent: Array<{ version: number; via: string; ackAt: number }> = [];
  let version = claim.body.claim.version;
  for (let i = 0; i < writes; i++) {
    const via = i % 2 === 0 ? a : b;
    const res = await api<{ claim: { version: number } }>(via, token, "PATCH", `/api/claims/${claim.body.claim.id}`, { version, rationale: `SSE bench ${i} ${Date.now()}` });
    const ackAt = performance.now();
    if (res.status !== 200) throw new Error(`PATCH failed: ${res.status} ${JSON.stringify(res.body)}`);
    version = res.body.claim.version;
    sent.push({ version, via, ackAt });
    await sleep(gapMs);
  }
  const arrival = (c: FeedClient, v: number) => c.changes.find((e) => e.type === "claim.updated" && e.after?.version === v)?.at;
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline && clients.some((c) => sent.some((w) => arrival(c, w.version) === undefined))) await sleep(20);
  const cross: number[] = [];
  const same: number[] = [];
  let missing = 0;
  let duplicates = 0;
  for (const c of clients) {
    const ids = c.changes.map((e) => e.id);
    duplicates += ids.length - new Set(ids).size;
    for (const w of sent) {
      const at = arrival(c, w.version);
      if (at === undefined) {
        missing++;
        continue;
      }
      (c.baseUrl === w.via ? same : cross).push(Math.max(0, at - w.ackAt));
    }
  }
  clients.forEach((c) => c.close());
  const summary = (xs: number[]) => {
    const s = [...xs].sort((x, y) => x - y);
    return { samples: s.length, p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), p99: round(percentile(s, 99)), max: round(s.at(-1) ?? NaN) };
  };
  return { subscribers, writes, gapMs, connectMs: Math.round(connectMs), crossInstance: summary(cross), sameInstance: summary(same), missing, duplicates };
}

async function main() {
  if (!process.env.FACTDESK_PG_URL) throw new Error("Set FACTDESK_PG_URL to a PostgreSQL role that may create databases.");
  if (!process.env.NEXT_DIST_DIR) console.warn("NEXT_DIST_DIR is unset: using the build in .next");
  const results: Record<string, unknown> = { startedAt: new Date().toISOString(), cpus: os.cpus().length, node: process.version, note: "Load generator, both app instances and PostgreSQL share this machine's cores." };
  const databaseUrl = await freshDatabase("factdesk_bench_pg");
  console.log(`> Fresh database ${databaseUrl.replace(/\/\/[^@]*@/, "//")}: migrating, seeding, generating bench data`);
  migrateAndSeed(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  process.env.FACTDESK_BCRYPT_COST = "4";
  const { prepareBenchData } = await import("./lib/prepare");
  const data: LoadFixtures = await prepareBenchData();
  const { db } = await import("@/lib/data/client");
  await db.$disconnect();

  const logDir = path.join(root, "test-results", "bench-pg");
  mkdirSync(logDir, { recursive: true });
  let instances: Instances | null = null;
  try {
    if (parts.has("pg-write")) {
      instances = await startInstances({ databaseUrl, ports: [portA], logDir });
      const [a] = instances.servers.map((s) => s.baseUrl);
      console.log("> Warm-up, one instance (5 s)");
      await runSaturatedLoad(a, data, { connections: 10, durationSec: 5 });
      const loadBefore = loadavg();
      console.log(`> Saturated writes, one instance: 50 connections, ${duration} s (load ${loadBefore.join(" ")})`);
      const one = await runSaturatedLoad(a, data, { connections: 50, durationSec: duration });
      const oneLoad = { before: loadBefore, after: loadavg() };
      console.log(`  ${one.throughput} writes/s, p50 ${one.latency.p50} ms, p99 ${one.latency.p99} ms, non-2xx ${one.non2xx}, errors ${one.errors}; load ${oneLoad.after.join(" ")}`);
      await instances.stop();

      instances = await startInstances({ databaseUrl, ports: [portA, portB], logDir });
      const [a2, b2] = instances.servers.map((s) => s.baseUrl);
      console.log("> Warm-up, two instances (5 s)");
      await Promise.all([runSaturatedLoad(a2, data, { connections: 5, durationSec: 5 }), runSaturatedLoad(b2, data, { connections: 5, durationSec: 5 })]);
      const loadBefore2 = loadavg();
      console.log(`> Saturated writes, two instances: 25 + 25 connections, ${duration} s (load ${loadBefore2.join(" ")})`);
      const [ra, rb] = await Promise.all([runSaturatedLoad(a2, data, { connections: 25, durationSec: duration }), runSaturatedLoad(b2, data, { connections: 25, durationSec: duration })]);
      const two = sumLoads(ra, rb);
      const twoLoad = { before: loadBefore2, after: loadavg() };
      const ratio = Math.round((two.throughput / one.throughput) * 1000) / 1000;
      console.log(`  ${two.throughput} writes/s (${ra.throughput} + ${rb.throughput}), non-2xx ${two.non2xx}, errors ${two.errors}; load ${twoLoad.after.join(" ")}; ratio two/one ${ratio}`);
      results.pgWrite = { durationSec: duration, one: { ...one, loadAverage: oneLoad }, two: { ...two, loadAverage: twoLoad }, ratioTwoToOne: ratio };
    }
    if (parts.has("pg-sse")) {
      if (!instances || instances.servers.length < 2) {
        await instances?.stop();
        instances = await startInstances({ databaseUrl, ports: [portA, portB], logDir });
      }
      const subscribers = Number(values.subscribers);
      const loadBefore = loadavg();
      console.log(`> Cross-instance SSE: ${subscribers} subscribers (half on each instance), ${values.writes} writes alternating between them (load ${loadBefore.join(" ")})`);
      const sse = await sseRound(instances, data.tokens[0], subscribers, Number(values.writes), Number(values["gap-ms"]));
      const loadAverage = { before: loadBefore, after: loadavg() };
      console.log(`  cross-instance p50/p95/p99/max ${sse.crossInstance.p50}/${sse.crossInstance.p95}/${sse.crossInstance.p99}/${sse.crossInstance.max} ms (${sse.crossInstance.samples} samples); same instance p95 ${sse.sameInstance.p95} ms; missing ${sse.missing}, duplicates ${sse.duplicates}; load ${loadAverage.after.join(" ")}`);
      results.pgSse = { ...sse, loadAverage, targetP95Ms: 100, met: sse.crossInstance.p95 <= 100 && sse.missing === 0 && sse.duplicates === 0 };
    }
  } finally {
    await instances?.stop();
  }
  mkdirSync(path.join(root, "bench", "results"), { recursive: true });
  writeFileSync(path.join(root, "bench", "results", "pg-instances.json"), JSON.stringify(results, null, 2) + "\n");
  console.log("> Wrote bench/results/pg-instances.json");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
