/**
 * Export benchmark: a long article (~30,000 words) with 2,000 claims, every format timed.
 * Run with `npx tsx bench/export.bench.ts`; results are printed and written to
 * bench/results/export.json. `npx tsx bench/export.bench.ts pdf html` times only those
 * formats and writes nothing. The input is generated from a seeded PRNG so every run (and
 * every machine) measures the same work.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { EXPORT_FORMATS, renderExport, type ExportFormat } from "@/lib/export";
import { resolvePdfFonts } from "@/lib/export/pdf-font";
import type { ExportOptions } from "@/lib/export/types";
import { CLAIMS, WORDS, buildInput } from "./lib/big-export-input";

const TARGET_MS: Record<ExportFormat, number> = { html: 300, json: 300, csv: 300, claimreview: 300, w3c: 300, markdown: 300, pdf: 3_000 };
const RUNS: Record<ExportFormat, number> = { html: 7, json: 7, csv: 7, claimreview: 7, w3c: 7, markdown: 7, pdf: 3 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const input = buildInput();
  const options: ExportOptions = {
    includeDrafts: true, // the worst case: every claim in every format
    organisation: { name: "Bench Desk", url: "https://factdesk.example.org" },
    baseUrl: "http://localhost:3000",
    generatedAt: "2021-04-20T14:05:00.000Z",
  };
  const only = process.argv.slice(2);
  const formats = only.length ? EXPORT_FORMATS.filter((f) => only.includes(f)) : EXPORT_FORMATS;
  const results = [];
  for (const format of formats) {
    await renderExport(format, input, options); // warm-up: JIT, font loading
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS[format]; run++) {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const { body } = await renderExport(format, input, options);
      const cpu = process.cpuUsage(cpu0);
      times.push(performance.now() - t0);
      // CPU time (all threads, so GC helpers count too) is what the export costs; wall time
      // also counts waiting for a busy machine.
      cpuTimes.push((cpu.user + cpu.system) / 1000);
      bytes = typeof body === "string" ? Buffer.byteLength(body) : body.length;
    }
    const round = (ms: number) => Math.round(ms * 10) / 10;
    const medianMs = round(median(times));
    const cpuMedianMs = round(median(cpuTimes));
    results.push({ format, medianMs, minMs: round(Math.min(...times)), cpuMedianMs, runs: times.length, bytes, targetMs: TARGET_MS[format], withinTarget: medianMs <= TARGET_MS[format] });
    console.log(`${format.padEnd(12)} median ${String(medianMs).padStart(8)} ms  min ${String(round(Math.min(...times))).padStart(8)} ms  cpu ${String(cpuMedianMs).padStart(8)} ms  (target ≤ ${TARGET_MS[format]} ms)  ${(bytes / 1024).toFixed(0)} KiB  ${medianMs <= TARGET_MS[format] ? "ok" : "SLOW"}`);
  }
  const report = {
    benchmark: "export",
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    // Timings are only comparable between runs on a similarly idle machine.
    loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
    input: { words: WORDS, characters: input.article.text.length, claims: input.claims.length },
    pdfFont: resolvePdfFonts().kind === "embedded" ? "embedded TTF (DejaVu Sans)" : "built-in Helvetica",
    results,
  };
  if (only.length) return;
  const out = path.resolve(__dirname, "results/export.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
  console.log(`written ${path.relative(process.cwd(), out)}`);
  if (results.some((r) => !r.withinTarget)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
