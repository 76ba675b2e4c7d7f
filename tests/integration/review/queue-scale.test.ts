import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { REVIEW_STATES, VERDICTS } from "@/lib/domain/enums";
import { listReviewQueue } from "@/lib/server/list-review-queue";
import type { ReviewQueueQueryInput } from "@/lib/validation/review";
import { db, makeUser } from "../helpers";

const CLAIMS = 10_000;
const ARTICLES = 40;
/**
 * Generous, because `npm test` runs every test file at once on two cores; alone, each query
 * takes about 5–70 ms here. The measured figures are printed.
 */
const BUDGET_MS = 500;

let actor: Actor;

/** 10,000 claims over 40 articles with spread verdicts, states, assignees and times. */
beforeAll(async () => {
  actor = await makeUser("reviewer", "Scale Reviewer");
  const editors = [actor.id, (await makeUser("editor")).id, (await makeUser("editor")).id];
  const text = "The minister said the budget grew by 4 percent while unemployment fell. ".repeat(20);
  const articleIds: string[] = [];
  for (let a = 0; a < ARTICLES; a++) {
    const article = await db.article.create({ data: { title: `Article ${String(a).padStart(2, "0")}`, doc: "{}", text, createdById: actor.id } });
    articleIds.push(article.id);
  }
  const base = Date.UTC(2026, 0, 1);
  for (let chunk = 0; chunk < CLAIMS; chunk += 500) {
    await db.claim.createMany({
      data: Array.from({ length: 500 }, (_, j) => {
        const i = chunk + j;
        const start = (i * 7) % 1000;
        return {
          articleId: articleIds[i % ARTICLES],
          exact: text.slice(start, start + 30),
          start,
          end: start + 30,
          claimant: i % 10 === 0 ? "The minister" : null,
          normalized: `Claim number ${i}`,
          verdict: VERDICTS[i % VERDICTS.length],
          reviewState: REVIEW_STATES[i % REVIEW_STATES.length],
          assigneeId: i % 4 === 3 ? null : editors[i % 3],
          createdById: editors[0],
          updatedById: editors[0],
          createdAt: new Date(base + i * 60_000),
          updatedAt: new Date(base + ((i * 7919) % CLAIMS) * 60_000),
        };
      }),
    });
  }
}, 120_000);

async function timed(query: ReviewQueueQueryInput): Promise<{ ms: number; total: number; items: number }> {
  await listReviewQueue(actor, query); // warm the statement cache, as a running server would be
  const runs: number[] = [];
  let last = await listReviewQueue(actor, query);
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    last = await listReviewQueue(actor, query);
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[2], total: last.total, items: last.items.length };
}

describe(`review queue with ${CLAIMS.toLocaleString("en-US")} claims`, () => {
  const cases: [string, ReviewQueueQueryInput][] = [
    ["first page, newest change first", {}],
    ["last page (offset 9,950)", { page: 200 }],
    ["needs review, by article", { state: "needs_review", sort: "article", dir: "asc" }],
    ["assigned to me, misleading verdicts", { assignee: "me", verdict: "misleading" }],
    ["unassigned, oldest first, page 20", { assignee: "unassigned", sort: "created", dir: "asc", page: 20 }],
    ["text search 'minister'", { q: "minister" }],
    ["by verdict, page 100", { sort: "verdict", page: 100 }],
  ];
  const results: string[] = [];

  for (const [label, query] of cases) {
    it(`answers "${label}" within ${BUDGET_MS} ms`, async () => {
      const { ms, total, items } = await timed(query);
      results.push(`${label}: ${ms.toFixed(1)} ms (${total} matching, ${items} shown)`);
      expect(total).toBeGreaterThan(0);
      expect(items).toBeGreaterThan(0);
      expect(ms).toBeLessThan(BUDGET_MS);
    });
  }

  it("reports the figures", () => {
    console.log(`[review] queue timings over ${CLAIMS} claims (median of 5):\n  ` + results.join("\n  "));
    expect(results).toHaveLength(cases.length);
  });
});
