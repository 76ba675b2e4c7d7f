// Event-loop and memory statistics of the production server, for benchmarks only.
// scripts/server.mjs loads this when FACTDESK_LOOP_STATS=1 (off by default, never in
// production): it keeps an event-loop delay histogram (perf_hooks.monitorEventLoopDelay),
// a list of stalls (a 20 ms ticker's lateness above 50 ms, with the time it happened), the
// garbage-collection pauses (PerformanceObserver "gc") and the peak RSS, and answers
// GET /__factdesk/loop-stats (JSON; `?reset=1` starts a new window) before Next.js sees
// the request.
import v8 from "node:v8";
import { monitorEventLoopDelay, PerformanceObserver, constants } from "node:perf_hooks";

const ms = (ns) => Math.round((ns / 1e6) * 10) / 10;
const GC_KINDS = { [constants.NODE_PERFORMANCE_GC_MAJOR]: "major", [constants.NODE_PERFORMANCE_GC_MINOR]: "minor", [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental", [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weakcb" };

export function startLoopStats() {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let windowStart = Date.now();
  let stalls = [];
  let gc = { count: 0, totalMs: 0, maxMs: 0, byKind: {}, long: [] };
  let peakRss = process.memoryUsage().rss;

  const TICK = 20;
  let expected = performance.now() + TICK;
  setInterval(() => {
    const now = performance.now();
    const late = now - expected;
    if (late > 50 && stalls.length < 500) stalls.push({ atMs: Date.now() - windowStart - Math.round(late), ms: Math.round(late) });
    expected = now + TICK;
    const rss = process.memoryUsage.rss();
    if (rss > peakRss) peakRss = rss;
  }, TICK).unref();

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = GC_KINDS[entry.detail?.kind] ?? String(entry.detail?.kind);
      gc.count++;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
      gc.byKind[kind] = (gc.byKind[kind] ?? 0) + 1;
      if (entry.duration > 20 && gc.long.length < 200) gc.long.push({ atMs: Math.round(entry.startTime + performance.timeOrigin - windowStart), ms: Math.round(entry.duration), kind });
    }
  }).observe({ entryTypes: ["gc"] });

  function snapshot() {
    const mem = process.memoryUsage();
    return {
      windowMs: Date.now() - windowStart,
      loopDelayMs: { min: ms(histogram.min), p50: ms(histogram.percentile(50)), p90: ms(histogram.percentile(90)), p99: ms(histogram.percentile(99)), max: ms(histogram.max), mean: ms(histogram.mean) },
      stalls,
      gc: { ...gc, totalMs: Math.round(gc.totalMs), maxMs: Math.round(gc.maxMs) },
      rssMb: Math.round(mem.rss / 2 ** 20),
      peakRssMb: Math.round(peakRss / 2 ** 20),
      heapUsedMb: Math.round(mem.heapUsed / 2 ** 20),
      // Where resident memory sits (issue 16's RSS target): V8's heap (used vs reserved, per
      // space), memory outside it (Buffers, WebAssembly, native addons) and the rest.
      memoryMb: {
        heapTotal: Math.round(mem.heapTotal / 2 ** 20),
        external: Math.round(mem.external / 2 ** 20),
        arrayBuffers: Math.round(mem.arrayBuffers / 2 ** 20),
        spaces: Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, { size: Math.round(s.space_size / 2 ** 20), used: Math.round(s.space_used_size / 2 ** 20) }])),
      },
      cpuUsage: process.cpuUsage(),
    };
  }

  function reset() {
    histogram.reset();
    windowStart = Date.now();
    stalls = [];
    gc = { count: 0, totalMs: 0, maxMs: 0, byKind: {}, long: [] };
    peakRss = process.memoryUsage().rss;
    expected = performance.now() + TICK;
  }

  /** Answers the stats request; returns false for every other request. */
  return function handleLoopStats(req, res) {
    if (!req.url?.startsWith("/__factdesk/loop-stats")) return false;
    // ?gc=1 with node --expose-gc: a full collection first, to tell retained memory from garbage.
    if (req.url.includes("gc=1") && typeof globalThis.gc === "function") globalThis.gc();
    const body = JSON.stringify(snapshot());
    if (req.url.includes("reset=1")) reset();
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(body);
    return true;
  };
}
