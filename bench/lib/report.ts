import { existsSync, readFileSync, writeFileSync } from "node:fs";

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

/** Event-loop and static-file rows of a load (bench/lib/probe.ts), when they were measured. */
function loopRows(part: Record<string, unknown>): Row[] {
  const rows: Row[] = [];
  const l = part.loop as Record<string, unknown> | null | undefined;
  if (l) {
    const stalls = (l.stalls as unknown[]).length;
    rows.push([
      "Server event-loop delay p50 / p99 / max",
      `${get(l, "loopDelayMs.p50")} / ${get(l, "loopDelayMs.p99")} / ${get(l, "loopDelayMs.max")} ms (${stalls} stalls > 50 ms)`,
      "max ≤ 50 ms",
      num(get(l, "loopDelayMs.max")) <= 50,
    ]);
    rows.push(["Server GC pauses (count, total, longest)", `${get(l, "gc.count")}, ${get(l, "gc.totalMs")} ms, ${get(l, "gc.maxMs")} ms`, "—", null]);
  }
  const p = part.staticProbe as Record<string, unknown> | undefined;
  if (p) rows.push(["Static JS chunk fetched every 100 ms: p50 / p95 / p99 / max", `${p.p50} / ${p.p95} / ${p.p99} / ${p.max} ms (${p.count} fetches, ${p.errors} errors)`, "—", null]);
  const la = part.loadAverage as { before: number[]; after: number[] } | undefined;
  if (la) rows.push(["Load average (1/5/15 min) before → after", `${la.before.join(" ")} → ${la.after.join(" ")} (2 cores, shared)`, "—", null]);
  return rows;
}

/** Renders bench/RESULTS.md: every figure next to its target. */
export function writeResults(results: Results, file: string, ranParts?: Set<string>) {
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
      ...loopRows(w),
    ];
    if (b) {
      rows.push(["Baseline (bare http + better-sqlite3) throughput", `${b.throughput} writes/s`, "—", null]);
      rows.push(["Factdesk / baseline", String(w.ratio), "≥ 0.25", num(w.ratio) >= 0.25]);
    }
    out.push(table(rows), "", "autocannon reports p97.5 rather than p95; p95 is at most the p97.5 shown.", "");
  }
  if (p.newsroom) {
    const n = p.newsroom as Record<string, unknown>;
    out.push("## Newsroom load (open loop)", "", `${n.editors} editors, each starting one operation every ${Number(n.intervalMs) / 1000} s (≈ ${Math.round(Number(n.editors) / (Number(n.intervalMs) / 1000))} writes/s), for ${n.durationSec} s; latency measured from the scheduled start.`, "");
    out.push(
      table([
        ["Throughput", `${n.throughput} writes/s (${n.count} operations)`, "≈ 100 writes/s", null],
        ["Latency p50 / p95 / p99 / max", `${n.p50} / ${n.p95} / ${n.p99} / ${n.max} ms`, "p95 ≤ 20 ms, max ≤ 250 ms", num(n.p95) <= 20 && num(n.max) <= 250],
        ["Errors / non-2xx", `${n.errors} / ${n.non2xx}`, "0", num(n.errors) === 0 && num(n.non2xx) === 0],
        ["Server peak RSS", `${n.peakRssMb} MB`, "≤ 400 MB", num(n.peakRssMb) <= 400],
        ...loopRows(n),
      ]),
      "",
    );
  }
  if (p.big) {
    const b = p.big as Record<string, unknown>;
    const browser = b.browser as Record<string, unknown> | null;
    out.push("## Big article (30,000 words, 2,000 claims, some overlapping)", "");
    const la = get(b, "api.loadAverage") as number[] | undefined;
    const rows: Row[] = [
      [
        "API: GET /api/articles/{id} (median of 13)",
        `${get(b, "api.p50")} ms (p95 ${get(b, "api.p95")} ms, ${Math.round(num(get(b, "api.bytes")) / 1024)} KB${la ? `; load average ${la.join(" ")}` : ""})`,
        "≤ 40 ms",
        num(get(b, "api.p50")) <= 40,
      ],
    ];
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
  writeFileSync(file, mergeSections(existsSync(file) ? readFileSync(file, "utf8") : "", out.join("\n") + "\n", ranParts));
}

/** Which part of the run a generated section shows (by its heading). */
const SECTION_PART: [prefix: string, part: string][] = [
  ["## Write load", "write"],
  ["## Newsroom load", "newsroom"],
  ["## Big article", "big"],
  ["## Live updates", "sse"],
  ["## Exports", "exports"],
  ["## Re-anchoring (pure", "anchoring"],
  ["## Re-anchoring through", "reanchor"],
  ["## Check-worthiness", "suggest"],
];

function splitSections(text: string): { head: string; sections: { heading: string; body: string }[] } {
  const parts = text.split(/^(?=## )/m);
  const head = parts[0].startsWith("## ") ? "" : parts.shift()!;
  return { head, sections: parts.map((body) => ({ heading: body.slice(0, body.indexOf("\n") >>> 0), body })) };
}

/**
 * The new RESULTS.md: the generated header, then the existing file's sections in their order,
 * where a section of a part measured in this run is replaced by its new text. Sections written
 * by hand (other benchmarks, analyses) and sections of parts not run now are kept as they were;
 * generated sections the file did not have yet are added after the last generated one.
 */
function mergeSections(existing: string, generated: string, ranParts?: Set<string>): string {
  const fresh = splitSections(generated);
  if (!existing.trim()) return generated;
  const old = splitSections(existing);
  const partOf = (heading: string) => SECTION_PART.find(([prefix]) => heading.startsWith(prefix))?.[1];
  const ran = (heading: string) => {
    const part = partOf(heading);
    return part !== undefined && (!ranParts || ranParts.has(part));
  };
  const freshBy = new Map(fresh.sections.map((s) => [partOf(s.heading), s]));
  const used = new Set<string>();
  const out: string[] = [fresh.head];
  let lastGenerated = 0;
  for (const section of old.sections) {
    const part = partOf(section.heading);
    if (part && ran(section.heading) && freshBy.has(part)) {
      out.push(freshBy.get(part)!.body);
      used.add(part);
    } else out.push(section.body);
    if (part) lastGenerated = out.length;
  }
  const missing = fresh.sections.filter((s) => {
    const part = partOf(s.heading);
    return part && !used.has(part) && ran(s.heading);
  });
  out.splice(lastGenerated, 0, ...missing.map((s) => s.body));
  return out.map((s) => (s.endsWith("\n\n") ? s : s.endsWith("\n") ? s + "\n" : s + "\n\n")).join("").replace(/\n+$/, "\n");
}
