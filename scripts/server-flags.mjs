// Node flags for the production server (scripts/server.mjs), in one place: npm start, the demo,
// the browser tests' server, the benchmarks and the two-instance tests all start it with these.
//
// Why a heap limit: on a machine with plenty of memory V8 lets the old generation grow to
// gigabytes before it collects, so under write load the server's RSS climbed from ~300 MB to
// 640–690 MB of which ~330 MB was garbage: after a full collection only ~60 MB of the old
// generation was live (bench/memory.ts, bench/RESULTS.md "Where the memory goes"). With the old
// generation capped at 256 MB the same load peaked at ~380 MB RSS with no loss of throughput
// and shorter GC pauses. 256 MB leaves room for the largest single jobs measured (the PDF of a
// 30,000-word article with 2,000 claims renders in a worker whose heap takes the same limit,
// 2.7 s at 256 MB; at 128 MB it runs out of memory).
// FACTDESK_HEAP_MB overrides the figure; FACTDESK_HEAP_MB=0 leaves V8's default.
export const DEFAULT_HEAP_MB = 256;

/** The flags to pass to `node` before scripts/server.mjs. */
export function serverNodeFlags(env = process.env) {
  const raw = env.FACTDESK_HEAP_MB?.trim();
  if (raw === "0") return [];
  const mb = raw ? Number(raw) : DEFAULT_HEAP_MB;
  if (!Number.isInteger(mb) || mb < 128) {
    throw new Error(`FACTDESK_HEAP_MB must be a whole number of megabytes, at least 128 (or 0 for V8's default); got "${raw}".`);
  }
  return [`--max-old-space-size=${mb}`];
}
