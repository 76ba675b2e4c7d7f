import { writeFileSync } from "node:fs";

export interface Results {
  machine: Record<string, unknown>;
  startedAt: string;
  parts: Record<string, unknown>;
}

type Row = [what: string, measured: string, target: string, met: boolean | null];

const mark = (met: boolean | null) => (met === null ? "—" : met ? "✅ met" : "❌ missed");
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : NaN);

function table(rows: Row[]): string {
  return ["| What | Measured | Target | |", "|---|---|---|---|", ...rows.map(([w, m, t, ok]) => `| ${w} | ${m} | ${t} | ${mark(ok)} |`)].join("\n");
}

function get(obj: unknown, pathExpr: string): unknown {
  return pathExpr.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Renders bench/RESULTS.md: every figure next to its target. */
export function writeResults(results: Results, file: string) {
  const p = results.parts;
  const m = results.machine;
  const out: string[] = [
    "# Benchmark results",
    "",
    `Recorded by \`npm run bench\` on ${results.startedAt.slice(0, 10)}. Machine: ${m.cpus} CPU cores (${m.cpuModel}), ${m.memoryGb} GiB memory, Node ${m.node}, ${m.platform}.`,
    "The load generator runs on the same cores as the server, as the targets assume. Raw figures: `bench/results/*.json`.",
    "",
  ];
  if (p.write) {
    const w = p.write as Record<string, unknown>;
    out.push("## Write load (saturated)", "", "50 concurrent API clients (bearer tokens of four editors), back to back, mixing claim create → verdict update (correct version) → source link → comment on five articles.", "");
    const f = w.factdesk as Record<string, unknown>;
    const b = w.baseline as Record<string, unknown> | undefined;
    const rows: Row[] = [
      ["Throughput", `${f.throughput} writes/s (${f.requests} in ${f.durationSec} s)`, "≥ 1,000 writes/s", num(f.throughput) >= 1000],
      ["Latency p50 / p97.5 / p99 / max", `${get(f, "latency.p50")} / ${get(f, "latency.p97_5")} / ${get(f, "latency.p99")} / ${get(f, "latency.max")} ms`, "—", null],
      ["Errors (connection errors + timeouts) / non-2xx", `${f.errors} / ${f.non2xx}`, "0", num(f.errors) === 0 && num(f.non2xx) === 0],
      ["Server peak RSS", `${w.peakRssMb} MB`, "≤ 400 MB", num(w.peakRssMb) <= 400],
    ];
    if (b) {
      rows.push(["Baseline (bare http + better-sqlite3) throughput", `${b.throughput} writes/s`, "—", null]);
      rows.push(["Factdesk / baseline", String(w.ratio), "≥ 0.10", num(w.ratio) >= 0.1]);
    }
    out.push(table(rows), "", "autocannon reports p97.5 rather than p95; p95 is at most the p97.5 shown.", "");
  }
  if (p.newsroom) {
    const n = p.newsroom as Record<string, unknown>;
    out.push("## Newsroom load (open loop)", "", `${n.editors} editors, each starting one operation every ${Number(n.intervalMs) / 1000} s (≈ ${Math.round(Number(n.editors) / (Number(n.intervalMs) / 1000))} writes/s), for ${n.durationSec} s; latency measured from the scheduled start.`, "");
    out.push(
      table([
        ["Throughput", `${n.throughput} writes/s (${n.count} operations)`, "≈ 100 writes/s", null],
        ["Latency p50 / p95 / p99 / max", `${n.p50} / ${n.p95} / ${n.p99} / ${n.max} ms`, "p95 ≤ 20 ms", num(n.p95) <= 20],
        ["Errors / non-2xx", `${n.errors} / ${n.non2xx}`, "0", num(n.errors) === 0 && num(n.non2xx) === 0],
        ["Server peak RSS", `${n.peakRssMb} MB`, "≤ 400 MB", num(n.peakRssMb) <= 400],
      ]),
      "",
    );
  }
  if (p.big) {
    const b = p.big as Record<string, unknown>;
    const browser = b.browser as Record<string, unknown> | null;
    out.push("## Big article (30,000 words, 2,000 claims, some overlapping)", "");
    const rows: Row[] = [["API: GET /api/articles/{id} (median of 13)", `${get(b, "api.p50")} ms (p95 ${get(b, "api.p95")} ms, ${Math.round(num(get(b, "api.bytes")) / 1024)} KB)`, "≤ 150 ms", num(get(b, "api.p50")) <= 150]];
    if (browser && !browser.error) {
      rows.push(["Browser: navigation → every highlight drawn (median of 3)", `${get(browser, "drawMs.p50")} ms`, "≤ 2,000 ms", num(get(browser, "drawMs.p50")) <= 2000]);
      rows.push(["Browser: mark one more claim (shortcut → highlight shown)", `${browser.markOneMoreMs} ms`, "—", null]);
    } else if (browser) {
      rows.push(["Browser timings", `failed: ${String(browser.error)}`, "≤ 2,000 ms", false]);
    }
    out.push(table(rows), "");
  }
  if (p.sse) {
    const results = (get(p.sse, "results") ?? []) as Record<string, unknown>[];
    out.push("## Live updates: SSE fan-out", "", "N subscribers on one article; 50 sequential claim edits through the API; latency from the write's HTTP response to the event's arrival at each subscriber.", "");
    out.push(
      table(
        results.map((r) => [
          `N = ${r.subscribers}: p50 / p95 / max (${r.samples} deliveries, ${r.missing} missing)`,
          `${get(r, "deliveryAfterAckMs.p50")} / ${get(r, "deliveryAfterAckMs.p95")} / ${get(r, "deliveryAfterAckMs.max")} ms`,
          r.subscribers === 100 ? "p95 ≤ 50 ms" : "—",
          r.subscribers === 100 ? num(get(r, "deliveryAfterAckMs.p95")) <= 50 && num(r.missing) === 0 : null,
        ]),
      ),
      "",
    );
  }
  if (p.exports) {
    const rows = ((get(p.exports, "results") ?? []) as Record<string, unknown>[]).map((r): Row => [
      `${r.format}`,
      `${r.medianMs} ms (median of ${r.runs})`,
      `≤ ${Number(r.targetMs).toLocaleString("en-US")} ms`,
      num(r.medianMs) <= num(r.targetMs),
    ]);
    out.push("## Exports (30,000 words, 2,000 claims, drafts included)", "", table(rows), "", `PDF font: ${String(get(p.exports, "pdfFont"))}.`, "");
  }
  if (p.anchoring) {
    const a = p.anchoring as Record<string, unknown>;
    out.push("## Re-anchoring (pure library, 2,000 claims, 30,000 words, 5 % word edits)", "");
    out.push(
      table([
        ["Time with the old text (diff-guided)", `${get(a, "withOldText.ms")} ms (median)`, "≤ 500 ms", num(get(a, "withOldText.ms")) <= 500],
        ["Placed on the correct text", `${get(a, "withOldText.placedCorrectlyPercent")} % (${get(a, "withOldText.wrongPlacements")} wrong, ${get(a, "withOldText.orphans")} orphans)`, "≥ 99 %", num(get(a, "withOldText.placedCorrectlyPercent")) >= 99],
        ["Search only, without the old text (fallback)", `${get(a, "searchOnly.ms")} ms, ${get(a, "searchOnly.placedCorrectlyPercent")} % correct`, "—", null],
      ]),
      "",
    );
  }
  if (p.reanchor) {
    const r = p.reanchor as Record<string, unknown>;
    out.push("## Re-anchoring through a revision save (use case, real SQLite)", "");
    out.push(
      table([
        ["Re-anchoring 2,000 claims", `${r.reanchorMs} ms (median)`, "≤ 500 ms", num(r.reanchorMs) <= 500],
        ["Whole save (re-anchor + transaction + events)", `${r.saveMs} ms (median)`, "—", null],
        ["Placed on the correct text", `${(num(r.correctShare) * 100).toFixed(2)} % (untouched claims: ${(num(r.intactCorrectShare) * 100).toFixed(0)} %)`, "≥ 99 %", num(r.correctShare) >= 0.99],
      ]),
      "",
    );
  }
  if (p.suggest) {
    const g = p.suggest as Record<string, unknown>;
    const rows = (get(g, "evaluation.rows") ?? []) as unknown as Array<Record<string, { value: number; low: number; high: number } | string>>;
    const ci = (e: unknown): string => {
      const x = e as { value: number; low: number; high: number };
      return `${x.value.toFixed(3)} [${x.low.toFixed(3)}–${x.high.toFixed(3)}]`;
    };
    out.push("## Check-worthiness suggestions", "", "Frozen test articles (`npm run suggest:eval`; protocol in lib/suggest/README.md), per-article bootstrap 95 % intervals:", "");
    if (rows.length > 0) {
      out.push("| scorer | precision | recall | F1 | average precision |", "|---|---|---|---|---|");
      for (const r of rows) out.push(`| ${String(r.name)} | ${ci(r.precision)} | ${ci(r.recall)} | ${ci(r.f1)} | ${ci(r.averagePrecision)} |`);
      out.push("");
    }
    out.push(
      table([
        [`Scoring a ${g.words}-word article (${g.sentences} sentences)`, `${g.ms} ms wall, ${g.cpuMs} ms CPU (median of 5)`, "≤ 300 ms", num(g.cpuMs) <= 300],
        ["Model file", `${Math.round(num(g.modelBytes) / 1024)} KB`, "≤ 5 MB", num(g.modelBytes) <= 5 * 1024 * 1024],
      ]),
      "",
    );
  }
  out.push(
    "## Where write time goes, and the misses",
    "",
    "A CPU profile of the server under the saturated write load (`BENCH_PROFILE_DIR=/tmp/prof npm run bench -- --only write`, 2026-11-28)",
    "attributed about 45 % of server CPU to Prisma (client runtime 16 %, its WebAssembly query compiler 16 %, the better-sqlite3 driver adapter 12 %),",
    "about 15 % to Next.js request handling, 6 % to garbage collection and 5 % to SQLite itself. In-process on a quiet machine a claim create",
    "costs about 4.4 ms, a verdict update 6 ms, a source link 8.7 ms and a comment 4.5 ms, almost all of it in the ORM's per-query cost",
    "(each Prisma query costs about 1 ms here, a prepared better-sqlite3 statement about 0.05 ms).",
    "",
    "Fixed so far: the request's actor is resolved with prepared statements on a read-only connection (4.3 ms → 0.06 ms per request),",
    "writes no longer read their claim back after writing (the answer is composed from rows already in hand), one transaction per write,",
    "and the shared connection is serialised so a plain query never runs inside another request's transaction.",
    "Still missed: saturated throughput (≥ 1,000 writes/s; about 200/s, 0.09 of the bare baseline). The newsroom p95 is not stable:",
    "15 ms in the recorded run but 179 ms and 263 ms in two earlier full runs on the same quiet machine, from queueing behind bursts",
    "while each write holds the single SQLite connection for several milliseconds of ORM work. Reaching the targets means moving the",
    "four hot writes (create claim, update claim, link source, comment) off Prisma onto prepared statements on the same connection,",
    "as was done for actor resolution and for loading an article's claims (2,000 claims: 104 ms → 36 ms in process); not done in this round.",
    "",
  );
  writeFileSync(file, out.join("\n") + "\n");
}
