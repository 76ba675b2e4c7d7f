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
  for (const [key, title] of [["sse", "SSE fan-out"], ["exports", "Exports (2,000 claims)"], ["anchoring", "Re-anchoring (pure library)"], ["reanchor", "Re-anchoring through a revision save"], ["suggest", "Check-worthiness suggestions"]] as const) {
    if (!p[key]) continue;
    out.push(`## ${title}`, "", "```json", JSON.stringify(p[key], null, 2), "```", "");
  }
  writeFileSync(file, out.join("\n") + "\n");
}
