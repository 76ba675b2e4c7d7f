/**
 * Issue 10 §2: when a new revision changes the words under an approved (or submitted)
 * claim, the claim goes back to `needs_review` with the reason as an event, drops out of
 * published outputs until re-approved, and the summary says how many approvals were
 * withdrawn. Through the HTTP routes, on a real database.
 */
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as revisionRoute } from "@/app/api/articles/[id]/revisions/route";
import { GET as exportRoute } from "@/app/api/articles/[id]/export/route";
import { createApiToken } from "@/lib/server/create-api-token";
import { createArticle } from "@/lib/server/create-article";
import { publishArticle } from "@/lib/server/publish-article";
import { reviewClaim } from "@/lib/server/review-claim";
import { db, makeUser } from "../helpers";
import { makeReadyClaim } from "../review/fixtures";
import type { Actor } from "@/lib/domain/actor";

const BODY = [
  "Officials say the new line will carry 50,000 passengers a day once it opens.",
  "The council approved a budget of 12 million pounds on Tuesday.",
  "The mayor said it was the largest budget in a decade.",
].join("\n");

let editor: Actor;
let reviewer: Actor;
let editorToken: string;
let viewerToken: string;

beforeAll(async () => {
  editor = await makeUser("editor", "Ana Editor");
  reviewer = await makeUser("reviewer", "Rui Reviewer");
  editorToken = (await createApiToken(editor, { name: "t" })).token;
  viewerToken = (await createApiToken(await makeUser("viewer"), { name: "t" })).token;
});

const saveRevision = (articleId: string, body: unknown) =>
  revisionRoute(
    new NextRequest(`http://localhost:3000/api/articles/${articleId}/revisions`, { method: "POST", body: JSON.stringify(body), headers: { authorization: `Bearer ${editorToken}`, "content-type": "application/json" } }),
    { params: Promise.resolve({ id: articleId }) },
  );

const claimReview = async (articleId: string) => {
  const res = await exportRoute(new NextRequest(`http://localhost:3000/api/articles/${articleId}/export?format=claimreview`, { headers: { authorization: `Bearer ${viewerToken}` } }), { params: Promise.resolve({ id: articleId }) });
  expect(res.status).toBe(200);
  return res.text();
};

async function approved(articleId: string, exact: string) {
  const claim = await makeReadyClaim(editor, articleId, { exact });
  const submitted = await reviewClaim(editor, claim.id, { action: "submit", version: claim.version });
  return (await reviewClaim(reviewer, claim.id, { action: "approve", version: submitted.claim.version })).claim;
}

describe("a revision that changes approved words", () => {
  it("withdraws the approval with the reason as an event, unpublishes the claim and says so in the summary", async () => {
    const { id: articleId } = await createArticle(editor, { title: "New line", body: BODY });
    const passengers = await approved(articleId, "will carry 50,000 passengers a day");
    const budget = await approved(articleId, "approved a budget of 12 million pounds");
    const mayorReady = await makeReadyClaim(editor, articleId, { exact: "The mayor said it was the largest budget in a decade." });
    const mayor = (await reviewClaim(editor, mayorReady.id, { action: "submit", version: mayorReady.version })).claim;

    const published = await claimReview(articleId);
    expect(published).toContain("50,000 passengers");
    expect(published).toContain("12 million pounds");

    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const newBody = BODY.replace("will carry 50,000", "will now carry 45,000").replace("The mayor said it was the largest budget in a decade.", "");
    const res = await saveRevision(articleId, { version: article.version, body: newBody });
    expect(res.status).toBe(201);
    const saved = await res.json();
    expect(saved.summary).toMatchObject({ kept: 1, changed: 1, orphaned: 1, approvalsWithdrawn: 1 });
    expect(saved.message).toContain("1 approval withdrawn");

    const after = await db.claim.findMany({ where: { articleId } });
    const byId = new Map(after.map((c) => [c.id, c]));
    expect(byId.get(passengers.id)).toMatchObject({ reviewState: "needs_review", approvedById: null, approvedAt: null, previousExact: "will carry 50,000 passengers a day" });
    expect(byId.get(budget.id)).toMatchObject({ reviewState: "approved", approvedById: reviewer.id });
    expect(byId.get(mayor.id)).toMatchObject({ reviewState: "needs_review", anchorStatus: "orphan" });

    // The reason is an event on each claim sent (back) to review, written by the editor who saved.
    const events = await db.event.findMany({ where: { articleId, type: "review.text_changed" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.claimId).sort()).toEqual([mayor.id, passengers.id].sort());
    const passengerEvent = events.find((e) => e.claimId === passengers.id)!;
    expect(passengerEvent.actorId).toBe(editor.id);
    expect(passengerEvent.note).toBe("Text changed in revision 2: “will carry 50,000 passengers a day” → “will now carry 45,000 passengers a day”");
    expect(JSON.parse(passengerEvent.before!)).toMatchObject({ reviewState: "approved" });
    expect(JSON.parse(passengerEvent.after!)).toMatchObject({ reviewState: "needs_review" });
    expect(events.find((e) => e.claimId === mayor.id)!.note).toMatch(/^Text changed in revision 2: “The mayor said it was the largest budget in a decade\.” is no longer in the article/);

    // Published outputs carry approved claims only: the changed claim is gone until re-approved.
    const republished = await claimReview(articleId);
    expect(republished).not.toContain("passengers");
    expect(republished).toContain("12 million pounds");

    const current = await db.claim.findUniqueOrThrow({ where: { id: passengers.id } });
    await reviewClaim(reviewer, passengers.id, { action: "approve", version: current.version });
    expect(await claimReview(articleId)).toContain("45,000 passengers");
  });

  it("a revision that leaves approved words alone withdraws nothing", async () => {
    const { id: articleId } = await createArticle(editor, { title: "Untouched", body: BODY });
    const budget = await approved(articleId, "approved a budget of 12 million pounds");
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const res = await saveRevision(articleId, { version: article.version, body: "A new first paragraph.\n" + BODY });
    const saved = await res.json();
    expect(saved.summary).toMatchObject({ kept: 1, changed: 0, orphaned: 0, approvalsWithdrawn: 0 });
    expect(saved.message).not.toContain("withdrawn");
    expect(await db.claim.findUniqueOrThrow({ where: { id: budget.id } })).toMatchObject({ reviewState: "approved" });
  });
});

describe("a revision that changes approved words on a published fact-check", () => {
  const revise = async (articleId: string) => {
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const res = await saveRevision(articleId, { version: article.version, body: BODY.replace("will carry 50,000", "will now carry 45,000") });
    expect(res.status).toBe(201);
  };
  const publication = async (articleId: string) => {
    const row = await db.publication.findFirstOrThrow({ where: { articleId } });
    return { ...row, snapshot: JSON.parse(row.snapshot) as { claims: Array<{ claimId: string }>; corrections: Array<{ note: string; changes: Array<{ kind: string }> }> } };
  };

  it("takes the withdrawn claim off the public page at once, as a dated correction by the editor who saved", async () => {
    const { id: articleId } = await createArticle(editor, { title: "Tram line", body: BODY });
    const passengers = await approved(articleId, "will carry 50,000 passengers a day");
    const budget = await approved(articleId, "approved a budget of 12 million pounds");
    await publishArticle(reviewer, articleId, {});
    expect((await publication(articleId)).snapshot.claims.map((c) => c.claimId).sort()).toEqual([passengers.id, budget.id].sort());

    await revise(articleId);
    const after = await publication(articleId);
    expect(after.status).toBe("published");
    expect(after.snapshot.claims.map((c) => c.claimId)).toEqual([budget.id]);
    expect(JSON.stringify(after.snapshot.claims)).not.toContain("50,000");
    const correction = after.snapshot.corrections.at(-1)!;
    expect(correction.note).toMatch(/changed in revision 2/);
    expect(correction.changes.map((c) => c.kind)).toEqual(["withdrawn"]);
    const event = await db.event.findFirstOrThrow({ where: { articleId, type: "publication.republished" } });
    expect(event.actorId).toBe(editor.id);
  });

  it("pauses the page when its only published claim is withdrawn", async () => {
    const { id: articleId } = await createArticle(editor, { title: "Tram line two", body: BODY });
    await approved(articleId, "will carry 50,000 passengers a day");
    await publishArticle(reviewer, articleId, {});
    await revise(articleId);
    const after = await publication(articleId);
    expect(after.status).toBe("paused");
    expect(after.pauseNote).toMatch(/changed in revision 2/);
  });
});
