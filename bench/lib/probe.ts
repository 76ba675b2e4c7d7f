import http from "node:http";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { summarise } from "./stats";

/** A static JS chunk of the build (`<distDir>/static/chunks/*.js`, the largest under 200 KB) as a URL path. */
export function staticChunkPath(distDir: string): string {
  const dir = path.join(distDir, "static", "chunks");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ f, size: statSync(path.join(dir, f)).size }))
    .filter((x) => x.size < 200_000)
    .sort((a, b) => b.size - a.size);
  if (files.length === 0) throw new Error(`no JS chunk in ${dir}`);
  return `/_next/static/chunks/${files[0].f}`;
}

export interface ProbeResult {
  path: string;
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  /** Fetches slower than 50 ms: seconds since the probe started, and the latency. */
  slow: { atS: number; ms: number }[];
}

/**
 * Fetches a static file every `intervalMs` (on its own keep-alive socket) while a load runs:
 * a static file costs the server microseconds, so its latency is how long any request waits
 * for the event loop. A fetch is started on schedule even if the previous one is still
 * running, and its latency is measured from the scheduled time.
 */
export function startStaticProbe(baseUrl: string, urlPath: string, intervalMs = 100) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const latencies: number[] = [];
  const slow: { atS: number; ms: number }[] = [];
  let errors = 0;
  const started = performance.now();
  let stopped = false;
  const inFlight = new Set<Promise<void>>();

  const fetchOnce = (scheduled: number) =>
    new Promise<void>((resolve) => {
      const req = http.get({ host: url.hostname, port: url.port, path: urlPath, agent }, (res) => {
        res.resume();
        res.on("end", () => {
          const ms = performance.now() - scheduled;
          latencies.push(ms);
          if (ms > 50) slow.push({ atS: Math.round((scheduled - started) / 100) / 10, ms: Math.round(ms) });
          if (res.statusCode !== 200) errors++;
          resolve();
        });
      });
      req.on("error", () => {
        errors++;
        resolve();
      });
      req.setTimeout(20_000, () => req.destroy());
    });

  let next = started;
  const tick = () => {
    if (stopped) return;
    const scheduled = next;
    const p = fetchOnce(scheduled);
    inFlight.add(p);
    void p.then(() => inFlight.delete(p));
    next += intervalMs;
    setTimeout(tick, Math.max(0, next - performance.now()));
  };
  tick();

  return {
    async stop(): Promise<ProbeResult> {
      stopped = true;
      await Promise.all(inFlight);
      agent.destroy();
      const s = summarise(latencies);
      return { path: urlPath, count: s.count, p50: s.p50, p95: s.p95, p99: s.p99, max: s.max, errors, slow: slow.slice(0, 200) };
    },
  };
}

export interface LoopStats {
  windowMs: number;
  loopDelayMs: { min: number; p50: number; p90: number; p99: number; max: number; mean: number };
  stalls: { atMs: number; ms: number }[];
  gc: { count: number; totalMs: number; maxMs: number; byKind: Record<string, number>; long: { atMs: number; ms: number; kind: string }[] };
  rssMb: number;
  peakRssMb: number;
  heapUsedMb: number;
}

/** Reads (and with reset, restarts) the server's event-loop statistics (FACTDESK_LOOP_STATS=1). */
export async function loopStats(baseUrl: string, reset = false): Promise<LoopStats | null> {
  try {
    const res = await fetch(`${baseUrl}/__factdesk/loop-stats${reset ? "?reset=1" : ""}`);
    return res.ok ? ((await res.json()) as LoopStats) : null;
  } catch {
    return null;
  }
}
