import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { exportArticle } from "@/lib/server/export-article";
import { MAX_WORKERS, pdfPoolStats } from "@/lib/server/render-pdf-off-thread";
import type { Actor } from "@/lib/domain/actor";
import { makeUser } from "../helpers";

/**
 * A big PDF renders in a worker thread: the main thread keeps serving (a 10 ms ticker stays
 * on time), and no more than MAX_WORKERS renders run at once.
 */
const CLAIMS = 300;
let editor: Actor;
let articleId: string;

beforeAll(async () => {
  editor = await makeUser("editor");
  const sentences = Array.from({ length: CLAIMS }, (_, i) => `Statement ${i + 1} says the budget grew by ${i + 3} percent in ${1900 + i}.`);
  articleId = (await createArticle(editor, { title: "A long article", body: sentences.join(" ") })).id;
  for (const exact of sentences) await createClaim(editor, articleId, { exact });
  // Start the worker and load the renderer, so the test measures rendering, not start-up.
  await exportArticle(editor, articleId, { format: "pdf", includeDrafts: false, baseUrl: "http://localhost" });
}, 240_000);

async function worstTickLateness<T>(work: () => Promise<T>): Promise<{ result: T; lateMs: number; wallMs: number }> {
  let late = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    late = Math.max(late, now - last - 10);
    last = now;
  }, 10);
  const t0 = performance.now();
  const result = await work();
  const wallMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 30)); // count a stall that lasted until the end
  clearInterval(ticker);
  return { result, lateMs: late, wallMs };
}

describe("PDF export off the main thread", () => {
  it("keeps the event loop responsive while a 300-claim PDF with drafts renders", async () => {
    const { result, lateMs, wallMs } = await worstTickLateness(() => exportArticle(editor, articleId, { format: "pdf", includeDrafts: true, baseUrl: "http://localhost" }));
    expect(Buffer.from(result.body).subarray(0, 5).toString()).toBe("%PDF-");
    // The render itself takes far longer than the worst stall the main thread saw.
    expect(lateMs).toBeLessThan(Math.max(400, wallMs / 4));
  }, 120_000);

  it("caps concurrent renders at MAX_WORKERS and answers every request", async () => {
    const before = pdfPoolStats().rendered;
    const files = await Promise.all(Array.from({ length: MAX_WORKERS + 2 }, () => exportArticle(editor, articleId, { format: "pdf", includeDrafts: true, baseUrl: "http://localhost" })));
    for (const f of files) expect(f.contentType).toBe("application/pdf");
    const stats = pdfPoolStats();
    expect(stats.rendered - before).toBe(MAX_WORKERS + 2);
    expect(stats.peakBusy).toBeLessThanOrEqual(MAX_WORKERS);
  }, 240_000);
});
