import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ExportInput, ExportOptions } from "@/lib/export/types";

/**
 * Renders PDFs in worker threads (lib/server/pdf-worker.ts), at most MAX_WORKERS at a time;
 * further requests wait their turn in order. Laying out a 2,000-claim report is seconds of
 * CPU: on the main thread it would stall every other request for that long.
 *
 * Workers are kept alive between jobs (loading the renderer costs a few seconds) and
 * unref'd, so they never keep the process alive. The worker runs the TypeScript sources
 * through tsx, from the project root (the server's working directory).
 */
export const MAX_WORKERS = Math.max(1, Number(process.env.FACTDESK_PDF_WORKERS) || Math.min(2, Math.max(1, os.availableParallelism() - 1)));

interface Job {
  input: ExportInput;
  options: ExportOptions;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}
interface Slot {
  worker: Worker;
  job: Job | null;
}
type Reply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

function startWorker(): Worker {
  const root = process.cwd();
  const tsx = pathToFileURL(path.join(root, "node_modules/tsx/dist/esm/api/index.mjs")).href;
  const entry = pathToFileURL(path.join(root, "lib/server/pdf-worker.ts")).href;
  // A .ts entry cannot be a Worker's main script; an eval'd loader imports it through tsx.
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  const worker = new Worker(code, { eval: true });
  worker.unref();
  return worker;
}

/** What the pool has done, for tests and diagnostics. */
export interface PdfPoolStats {
  rendered: number;
  /** The most renders that were ever in flight at once (never above MAX_WORKERS). */
  peakBusy: number;
}

class PdfWorkerPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  readonly stats: PdfPoolStats = { rendered: 0, peakBusy: 0 };

  render(input: ExportInput, options: ExportOptions): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, options, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < MAX_WORKERS) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref(); // a job in flight keeps the process alive until it is answered
      slot.worker.postMessage({ id: 0, input: job.input, options: job.options });
      this.stats.peakBusy = Math.max(this.stats.peakBusy, this.slots.filter((s) => s.job).length);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(), job: null };
    slot.worker.on("message", (reply: Reply) => {
      const job = slot.job;
      slot.job = null;
      slot.worker.unref();
      if (job) {
        if (reply.ok) this.stats.rendered++;
        if (reply.ok) job.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
        else job.reject(new Error(`PDF rendering failed: ${reply.message}`));
      }
      this.dispatch();
    });
    const fail = (error: Error) => {
      this.slots = this.slots.filter((s) => s !== slot);
      slot.job?.reject(error);
      slot.job = null;
      this.dispatch();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => fail(new Error(`The PDF worker stopped (exit code ${code}).`)));
    this.slots.push(slot);
    return slot;
  }
}

const globalForPool = globalThis as unknown as { factdeskPdfPool?: PdfWorkerPool };

function pool(): PdfWorkerPool {
  return (globalForPool.factdeskPdfPool ??= new PdfWorkerPool());
}

/** Renders the PDF report off the main thread; same bytes as lib/export/pdf.ts renderPdf. */
export function renderPdfOffThread(input: ExportInput, options: ExportOptions): Promise<Buffer> {
  return pool().render(input, options);
}

export function pdfPoolStats(): Readonly<PdfPoolStats> {
  return { ...pool().stats };
}
