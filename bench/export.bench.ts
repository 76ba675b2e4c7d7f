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
import { VERDICTS } from "@/lib/domain/enums";
import { EXPORT_FORMATS, renderExport, type ExportFormat } from "@/lib/export";
import { resolvePdfFonts } from "@/lib/export/pdf-font";
import type { ExportClaim, ExportInput, ExportOptions } from "@/lib/export/types";

const WORDS = 30_000;
const CLAIMS = 2_000;
const TARGET_MS: Record<ExportFormat, number> = { html: 300, json: 300, csv: 300, claimreview: 300, w3c: 300, markdown: 300, pdf: 3_000 };
const RUNS: Record<ExportFormat, number> = { html: 7, json: 7, csv: 7, claimreview: 7, w3c: 7, markdown: 7, pdf: 3 };

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = ("the minister said sanctions would follow election meddling report found officials " +
  "Kremlin Washington denied claims troops bounties hack statement opportunity relations talks " +
  "Zoë Łukasz “quoted” ‘words’ percent million 2020 2021 according to sources evidence").split(" ");

function buildInput(): ExportInput {
  const random = prng(20210322);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  // Words with their offsets, in paragraphs of 60–140 words.
  const wordStarts: number[] = [];
  let text = "";
  let inParagraph = 0;
  let paragraphLength = 100;
  for (let i = 0; i < WORDS; i++) {
    if (i > 0) {
      if (inParagraph >= paragraphLength) { text += ".\n"; inParagraph = 0; paragraphLength = 60 + Math.floor(random() * 80); }
      else text += " ";
    }
    wordStarts.push(text.length);
    text += pick(VOCABULARY);
    inParagraph++;
  }
  text += ".";
  const person = (n: number) => ({ name: `Editor ${n} Ødegård`, email: `editor${n}@factdesk.test` });
  const claims: ExportClaim[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    // Evenly spread, 3–25 words long, so neighbours often overlap and sometimes nest.
    const first = Math.floor((i / CLAIMS) * (WORDS - 30)) + Math.floor(random() * 10);
    const last = first + 3 + Math.floor(random() * 22);
    const start = wordStarts[first];
    const end = wordStarts[last] - 1;
    const approved = random() < 0.85;
    const verdict = approved ? pick(VERDICTS.filter((v) => v !== "unchecked")) : pick(VERDICTS);
    claims.push({
      id: `clm_${i}`, number: i + 1, exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32),
      start, end, anchorStatus: "anchored",
      claimant: i % 7 === 0 ? `=CMD("x") ${i}` : `Minister ${i % 50}`, normalized: `Normalised claim number ${i}`,
      verdict, rationale: `**Why:** the record shows otherwise, see [source](https://example.org/${i}).\n\n- point one\n- point two`,
      reviewState: approved ? "approved" : "needs_review", assignee: person(i % 9), createdBy: person(i % 5),
      createdAt: "2021-03-23T10:00:00.000Z", updatedAt: "2021-03-24T10:00:00.000Z",
      approvedBy: approved ? person(99) : null, approvedAt: approved ? "2021-03-25T10:00:00.000Z" : null,
      sources: [{ id: `src_${i}`, url: `https://example.org/source/${i}`, title: `Source ${i}`, publisher: "Agency", excerpt: "An excerpt, with “quotes”.", stance: "refutes", accessedAt: "2021-03-23", archiveUrl: null }],
      comments: [{ id: `cmt_${i}`, parentId: null, author: person(i % 3), body: "Looks right.", createdAt: "2021-03-23T11:00:00.000Z", editedAt: null, resolvedAt: null }],
      history: [{ id: i, type: "claim.created", actor: person(i % 5), createdAt: "2021-03-23T10:00:00.000Z", before: null, after: { verdict }, note: null }],
    });
  }
  return {
    article: {
      id: "art_bench", title: "Benchmark article", publisher: "Bench Times", byline: "A. Writer", url: "https://example.org/article",
      publishedAt: "2021-03-22", text, doc: { type: "doc", content: [] }, createdAt: "2021-03-22T00:00:00.000Z", updatedAt: "2021-03-22T00:00:00.000Z",
    },
    claims,
  };
}

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
