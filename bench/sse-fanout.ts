/**
 * SSE fan-out benchmark: how long after a write is acknowledged do live subscribers see it?
 *
 *   npx tsx bench/sse-fanout.ts --base-url http://localhost:3000 [--writes 50] [--gap-ms 40]
 *                               [--subscribers 100,1] [--label "next start"]
 *
 * Runs against a server with the demo seed. Signs in as the demo editor (next-auth
 * credentials over HTTP), creates a personal API token, opens N plain `fetch` streams on
 * /api/articles/{sample}/events (frames parsed here; no EventSource in Node), then makes
 * sequential PATCHes to one claim's rationale with correct versions and small gaps. For
 * every (write, subscriber) pair it records the time from the write's HTTP response to the
 * frame's arrival. The event can arrive before the response does (the server pushes it as
 * soon as the transaction commits); such samples count as 0 ms and are reported separately.
 * Results go to stdout and bench/results/sse-fanout.json. The load generator shares the
 * machine with the server, so on a 2-core box the numbers include that contention.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { percentile, signInToken } from "../tests/instances/http";
import { readSse } from "./lib/sse";

interface Options {
  baseUrl: string;
  writes: number;
  gapMs: number;
  subscribers: number[];
  email: string;
  password: string;
  label: string;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    baseUrl: (get("base-url") ?? "http://localhost:3000").replace(/\/$/, ""),
    writes: Number(get("writes") ?? 50),
    gapMs: Number(get("gap-ms") ?? 40),
    subscribers: (get("subscribers") ?? "100,1").split(",").map(Number),
    email: get("email") ?? "editor@factdesk.test",
    password: get("password") ?? "factdesk-editor",
    label: get("label") ?? "unspecified server mode",
    out: get("out") ?? path.join(process.cwd(), "bench", "results", "sse-fanout.json"),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface ClaimLite {
  id: string;
  version: number;
  rationale: string;
  reviewState: string;
}

/** One SSE subscriber: records when each claim version's change frame arrives. */
class Subscriber {
  readonly arrivals = new Map<number, number>();
  ready = false;
  private readonly controller = new AbortController();

  constructor(private readonly url: string, private readonly token: string, private readonly claimId: string) {}

  async open(): Promise<void> {
    const res = await fetch(this.url, { headers: { authorization: `Bearer ${this.token}`, accept: "text/event-stream" }, signal: this.controller.signal });
    if (!res.ok || !res.body) throw new Error(`SSE connect failed: HTTP ${res.status} ${await res.text()}`);
    void this.read(res.body);
  }

  private read(body: ReadableStream<Uint8Array>) {
    return readSse(body, ({ event, data }, now) => {
      if (event === "presence") this.ready = true; // sent once subscribed and caught up
      if (event !== "change") return;
      const change = JSON.parse(data) as { claimId: string | null; after: { version?: number } | null };
      if (change.claimId === this.claimId && typeof change.after?.version === "number" && !this.arrivals.has(change.after.version)) {
        this.arrivals.set(change.after.version, now);
      }
    });
  }

  close() {
    this.controller.abort();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

async function runRound(o: Options, token: string, articleId: string, claim: ClaimLite, n: number) {
  const url = `${o.baseUrl}/api/articles/${articleId}/events`;
  const subs = Array.from({ length: n }, () => new Subscriber(url, token, claim.id));
  const connectStart = performance.now();
  await Promise.all(subs.map((s) => s.open()));
  for (let waited = 0; subs.some((s) => !s.ready); waited += 20) {
    if (waited > 30_000) throw new Error(`Only ${subs.filter((s) => s.ready).length}/${n} subscribers became ready in 30 s.`);
    await sleep(20);
  }
  const connectMs = performance.now() - connectStart;

  const writes: { version: number; sentAt: number; ackAt: number }[] = [];
  let version = claim.version;
  for (let i = 0; i < o.writes; i++) {
    const sentAt = performance.now();
    const res = await fetch(`${o.baseUrl}/api/claims/${claim.id}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ version, rationale: `Benchmark rationale ${n}/${i} ${Date.now()}` }),
    });
    const ackAt = performance.now();
    if (!res.ok) throw new Error(`PATCH failed: HTTP ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { claim: { version: number } };
    version = body.claim.version;
    writes.push({ version, sentAt, ackAt });
    await sleep(o.gapMs);
  }
  claim.version = version;
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline && subs.some((s) => writes.some((w) => !s.arrivals.has(w.version)))) await sleep(20);

  const fromAck: number[] = [];
  const fromSend: number[] = [];
  let missing = 0;
  let beforeAck = 0;
  for (const s of subs) {
    for (const w of writes) {
      const at = s.arrivals.get(w.version);
      if (at === undefined) {
        missing++;
        continue;
      }
      if (at < w.ackAt) beforeAck++;
      fromAck.push(Math.max(0, at - w.ackAt));
      fromSend.push(at - w.sentAt);
    }
  }
  subs.forEach((s) => s.close());
  fromAck.sort((a, b) => a - b);
  fromSend.sort((a, b) => a - b);
  const writeRtt = writes.map((w) => w.ackAt - w.sentAt).sort((a, b) => a - b);
  return {
    subscribers: n,
    writes: writes.length,
    samples: fromAck.length,
    missing,
    connectAllMs: round(connectMs),
    deliveryAfterAckMs: { p50: round(percentile(fromAck, 50)), p95: round(percentile(fromAck, 95)), max: round(fromAck[fromAck.length - 1] ?? NaN) },
    deliveryAfterRequestStartMs: { p50: round(percentile(fromSend, 50)), p95: round(percentile(fromSend, 95)), max: round(fromSend[fromSend.length - 1] ?? NaN) },
    arrivedBeforeAck: beforeAck,
    writeRoundTripMs: { p50: round(percentile(writeRtt, 50)), p95: round(percentile(writeRtt, 95)) },
  };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const loadBefore = os.loadavg().map(round);
  const token = await signInToken(o.baseUrl, o.email, o.password);
  const auth = { authorization: `Bearer ${token}` };
  const { articles } = (await (await fetch(`${o.baseUrl}/api/articles`, { headers: auth })).json()) as { articles: { id: string; title: string }[] };
  const article = articles.find((a) => a.title.startsWith("Putin slams")) ?? articles[0];
  if (!article) throw new Error("No article found: load the demo seed first.");
  const { claims } = (await (await fetch(`${o.baseUrl}/api/articles/${article.id}`, { headers: auth })).json()) as { claims: ClaimLite[] };
  const claim = claims.find((c) => c.reviewState !== "approved");
  if (!claim) throw new Error("The sample article has no editable (non-approved) claim.");
  const originalRationale = claim.rationale;

  const results = [];
  for (const n of o.subscribers) {
    const r = await runRound(o, token, article.id, claim, n);
    results.push({ ...r, targetP95Ms: 50, withinTarget: r.missing === 0 && r.deliveryAfterAckMs.p95 <= 50 });
    console.log(`N=${n}: p50 ${r.deliveryAfterAckMs.p50} ms, p95 ${r.deliveryAfterAckMs.p95} ms, max ${r.deliveryAfterAckMs.max} ms after ack; ${r.missing} missing; ${r.arrivedBeforeAck}/${r.samples} arrived before the ack`);
  }
  await fetch(`${o.baseUrl}/api/claims/${claim.id}`, {
    method: "PATCH",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({ version: claim.version, rationale: originalRationale }),
  });

  const report = {
    benchmark: "sse-fanout",
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    // Other work on the machine shows up directly in these latencies: read them together.
    loadAverage: { before: loadBefore, after: os.loadavg().map(round) },
    server: o.label,
    baseUrl: o.baseUrl,
    method: "N fetch() SSE streams on one article; sequential PATCH of one claim's rationale with the current version; latency = frame arrival − PATCH response arrival (clamped at 0), per subscriber per write",
    writes: o.writes,
    gapMs: o.gapMs,
    results,
  };
  mkdirSync(path.dirname(o.out), { recursive: true });
  writeFileSync(o.out, JSON.stringify(report, null, 2) + "\n");
  console.log(`written ${path.relative(process.cwd(), o.out)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
