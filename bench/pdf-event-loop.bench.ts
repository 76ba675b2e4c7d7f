/**
 * How long the main thread's event loop stalls while a 2,000-claim PDF renders: in-process
 * (how exports used to run) against the worker-thread pool (lib/server/render-pdf-off-thread.ts).
 * A 10 ms ticker runs meanwhile, as other users' requests would; its worst lateness is the
 * stall they would see. Run with `npx tsx bench/pdf-event-loop.bench.ts` from the project root;
 * writes bench/results/pdf-event-loop.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { renderPdf } from "@/lib/export/pdf";
import type { ExportOptions } from "@/lib/export/types";
import { MAX_WORKERS, renderPdfOffThread } from "@/lib/server/render-pdf-off-thread";
import { buildInput } from "./lib/big-export-input";

const options: ExportOptions = {
  includeDrafts: true,
  audience: "reader",
  organisation: { name: "Bench Desk", url: "https://factdesk.example.org" },
  baseUrl: "http://localhost:3000",
  generatedAt: "2021-04-20T14:05:00.000Z",
};

async function measure(label: string, render: () => Promise<Buffer>) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  let worstTickGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    worstTickGap = Math.max(worstTickGap, now - last - 10);
    last = now;
  }, 10);
  histogram.enable();
  const t0 = performance.now();
  const pdf = await render();
  const wallMs = performance.now() - t0;
  // Let the ticker and the histogram's timer fire once more, so a stall that lasted until
  // the render returned is counted too.
  await new Promise((r) => setTimeout(r, 30));
  histogram.disable();
  clearInterval(ticker);
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  const result = { label, wallMs: Math.round(wallMs), bytes: pdf.length, eventLoopDelayMaxMs: ms(histogram.max), eventLoopDelayP99Ms: ms(histogram.percentile(99)), worstTickLatenessMs: Math.round(worstTickGap) };
  console.log(JSON.stringify(result));
  return result;
}

async function main() {
  const input = buildInput();
  await renderPdf(input, options); // warm-up in process: JIT, fonts
  await renderPdfOffThread(input, options); // warm-up: start the worker and load the renderer
  const results = [];
  for (let round = 0; round < 1; round++) {
    results.push(await measure("in-process (before)", () => renderPdf(input, options)));
    results.push(await measure("worker thread (after)", () => renderPdfOffThread(input, options)));
  }
  // Several users exporting at once: the cap queues them; the main thread stays free.
  results.push(await measure(`4 at once, worker pool of ${MAX_WORKERS}`, async () => (await Promise.all(Array.from({ length: 4 }, () => renderPdfOffThread(input, options))))[0]));
  const out = path.resolve(__dirname, "results/pdf-event-loop.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ benchmark: "pdf-event-loop", date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100), claims: input.claims.length, results }, null, 2) + "\n");
  console.log(`written ${path.relative(process.cwd(), out)}`);
}

void main();
