/**
 * Worker-thread entry for PDF rendering (see render-pdf-off-thread.ts). pdfkit lays out a
 * 2,000-claim report in seconds of pure CPU; here that time is spent off the main thread.
 * Runs TypeScript through tsx's loader, so it uses the same renderer as everything else.
 */
import { parentPort } from "node:worker_threads";
import { renderPdf } from "@/lib/export/pdf";
import type { ExportInput, ExportOptions } from "@/lib/export/types";

interface Job {
  id: number;
  input: ExportInput;
  options: ExportOptions;
}

parentPort?.on("message", async ({ id, input, options }: Job) => {
  try {
    const pdf = await renderPdf(input, options);
    // A copy in its own ArrayBuffer, so it can be transferred rather than cloned.
    const bytes = new Uint8Array(pdf);
    parentPort?.postMessage({ id, ok: true, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, ok: false, message: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
