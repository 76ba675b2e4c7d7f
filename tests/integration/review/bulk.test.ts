import { describe, expect, it } from "vitest";
import { bulkUpdateClaims } from "@/lib/server/bulk-update-claims";
import { reviewClaim } from "@/lib/server/review-claim";
import { db, makeUser } from "../helpers";
import { makeArticle, makeReadyClaim } from "./fixtures";

const QUOTES = [
  "The council approved a budget of £12 million on Tuesday.",
  "The mayor said it was the largest budget in a decade.",
  "Unemployment in the borough fell to 4 percent last year.",
];

async function threeClaims() {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const articleId = await makeArticle(editor);
  const claims = [];
  for (const exact of QUOTES) claims.push(await makeReadyClaim(editor, articleId, { exact }));
  // The last one is approved, so it is locked.
  const locked = claims[2];
  const submitted = (await reviewClaim(editor, locked.id, { action: "submit", version: locked.version })).claim;
  await reviewClaim(reviewer, locked.id, { action: "approve", version: submitted.version });
  return { editor, reviewer, claims };
}

describe("bulk actions from the review queue", () => {
  it("assigns the claims it can and reports the locked one, one event per changed claim", async () => {
    const { editor, claims } = await threeClaims();
    const ben = await makeUser("editor", "Ben Editor");
    const eventsBefore = await db.event.count();

    const result = await bulkUpdateClaims(editor, { action: "assign", claimIds: claims.map((c) => c.id), assigneeId: ben.id });

    expect(result.done).toEqual([claims[0].id, claims[1].id]);
    expect(result.skipped).toEqual([{ id: claims[2].id, reason: expect.stringMatching(/approved and locked/) }]);
    const rows = await db.claim.findMany({ where: { id: { in: claims.map((c) => c.id) } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(claims[0].id)).toMatchObject({ assigneeId: ben.id, version: claims[0].version + 1, updatedById: editor.id });
    expect(byId.get(claims[2].id)!.assigneeId).toBeNull();
    const events = await db.event.findMany({ where: { id: { gt: eventsBefore } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.type, e.claimId])).toEqual([["claim.updated", claims[0].id], ["claim.updated", claims[1].id]]);
    expect(JSON.parse(events[0].after!)).toMatchObject({ assigneeId: ben.id, assignee: { id: ben.id, name: "Ben Editor" }, version: claims[0].version + 1 });
  });

  it("unassigns with assigneeId null and skips claims already in that state", async () => {
    const { editor, claims } = await threeClaims();
    await bulkUpdateClaims(editor, { action: "assign", claimIds: [claims[0].id], assigneeId: editor.id });
    const result = await bulkUpdateClaims(editor, { action: "assign", claimIds: [claims[0].id, claims[1].id], assigneeId: null });
    expect(result.done).toEqual([claims[0].id]);
    expect(result.skipped).toEqual([{ id: claims[1].id, reason: "Already unassigned." }]);
  });

  it("submits the claims that are ready and explains the others", async () => {
    const { editor, claims } = await threeClaims();
    const notReady = await makeReadyClaim(editor, claims[0].articleId, { exact: "on Tuesday", sources: 0 });
    const result = await bulkUpdateClaims(editor, { action: "submit", claimIds: [claims[0].id, claims[2].id, notReady.id, "no-such-claim"] });
    expect(result.done).toEqual([claims[0].id]);
    expect(result.skipped).toEqual([
      { id: claims[2].id, reason: expect.stringMatching(/locked/) },
      { id: notReady.id, reason: expect.stringMatching(/at least one source/) },
      { id: "no-such-claim", reason: expect.stringMatching(/no longer exists/) },
    ]);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claims[0].id } })).reviewState).toBe("needs_review");
    expect(await db.event.count({ where: { claimId: claims[0].id, type: "review.submitted" } })).toBe(1);
  });

  it("refuses an assignee who cannot edit, and a viewer, changing nothing", async () => {
    const { editor, claims } = await threeClaims();
    const viewer = await makeUser("viewer");
    await expect(bulkUpdateClaims(editor, { action: "assign", claimIds: [claims[0].id], assigneeId: viewer.id })).rejects.toMatchObject({ code: "invalid", fields: { assigneeId: expect.any(String) } });
    await expect(bulkUpdateClaims(viewer, { action: "submit", claimIds: [claims[0].id] })).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claims[0].id } })).version).toBe(claims[0].version);
  });

  it("limits a request to 500 claims", async () => {
    const editor = await makeUser("editor");
    const ids = Array.from({ length: 501 }, (_, i) => `c${i}`);
    await expect(bulkUpdateClaims(editor, { action: "submit", claimIds: ids })).rejects.toMatchObject({ name: "ZodError" });
  });

  it("assigns 500 claims in one request quickly", async () => {
    const editor = await makeUser("editor");
    const articleId = await makeArticle(editor);
    await db.claim.createMany({
      data: Array.from({ length: 500 }, (_, i) => ({ articleId, exact: "budget", start: 40 + (i % 5), end: 46 + (i % 5), createdById: editor.id, updatedById: editor.id })),
    });
    const ids = (await db.claim.findMany({ where: { articleId }, select: { id: true } })).map((c) => c.id);
    const started = performance.now();
    const result = await bulkUpdateClaims(editor, { action: "assign", claimIds: ids, assigneeId: editor.id });
    const ms = performance.now() - started;
    console.log(`[review] bulk-assign of 500 claims: ${ms.toFixed(0)} ms`);
    expect(result.done).toHaveLength(500);
    expect(await db.event.count({ where: { articleId, type: "claim.updated" } })).toBe(500);
    expect(ms).toBeLessThan(2_000);
  });
});
