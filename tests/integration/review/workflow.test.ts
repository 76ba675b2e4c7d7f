import { describe, expect, it } from "vitest";
import { reviewClaim } from "@/lib/server/review-claim";
import { updateClaim } from "@/lib/server/update-claim";
import { deleteClaim } from "@/lib/server/delete-claim";
import { linkSource } from "@/lib/server/link-source";
import { updateSettings } from "@/lib/server/update-settings";
import { getSettings } from "@/lib/server/get-settings";
import { FOUR_EYES_MESSAGE } from "@/lib/domain/review";
import { db, makeUser } from "../helpers";
import { makeArticle, makeReadyClaim } from "./fixtures";

const eventsOf = (claimId: string) => db.event.findMany({ where: { claimId }, orderBy: { id: "asc" } });

describe("review workflow", () => {
  it("an editor submits, another reviewer approves: state, approver, version and events follow", async () => {
    const editor = await makeUser("editor", "Ana Editor");
    const reviewer = await makeUser("reviewer", "Rui Reviewer");
    const claim = await makeReadyClaim(editor, await makeArticle(editor));

    const submitted = (await reviewClaim(editor, claim.id, { action: "submit", version: claim.version, note: "Ready for a look." })).claim;
    expect(submitted).toMatchObject({ reviewState: "needs_review", version: claim.version + 1, approvedBy: null });

    const approved = (await reviewClaim(reviewer, claim.id, { action: "approve", version: submitted.version })).claim;
    expect(approved).toMatchObject({ reviewState: "approved", version: claim.version + 2, approvedBy: { id: reviewer.id, name: "Rui Reviewer" } });
    expect(approved.approvedAt).not.toBeNull();

    const events = (await eventsOf(claim.id)).filter((e) => e.type.startsWith("review."));
    expect(events.map((e) => [e.type, e.actorId, e.note])).toEqual([
      ["review.submitted", editor.id, "Ready for a look."],
      ["review.approved", reviewer.id, null],
    ]);
    expect(JSON.parse(events[1].after!)).toMatchObject({ reviewState: "approved", version: approved.version });
  });

  it("refuses a reviewer approving a verdict they set themselves (403) and changes nothing", async () => {
    const reviewer = await makeUser("reviewer");
    const claim = await makeReadyClaim(reviewer, await makeArticle(reviewer));
    const submitted = (await reviewClaim(reviewer, claim.id, { action: "submit", version: claim.version })).claim;
    const eventsBefore = await db.event.count();

    await expect(reviewClaim(reviewer, claim.id, { action: "approve", version: submitted.version })).rejects.toMatchObject({ code: "forbidden", message: FOUR_EYES_MESSAGE });

    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ reviewState: "needs_review", version: submitted.version, approvedById: null, approvedAt: null });
    expect(await db.event.count()).toBe(eventsBefore);
  });

  it("lets one-person teams approve their own verdict once an admin turns four-eyes off", async () => {
    const admin = await makeUser("admin");
    const reviewer = await makeUser("reviewer");
    const claim = await makeReadyClaim(reviewer, await makeArticle(reviewer));
    const submitted = (await reviewClaim(reviewer, claim.id, { action: "submit", version: claim.version })).claim;
    await updateSettings(admin, { fourEyes: false });
    try {
      expect((await getSettings(admin)).fourEyes).toBe(false);
      const approved = (await reviewClaim(reviewer, claim.id, { action: "approve", version: submitted.version })).claim;
      expect(approved.reviewState).toBe("approved");
    } finally {
      await updateSettings(admin, { fourEyes: true });
    }
    expect(await db.event.count({ where: { type: "setting.updated", targetId: "review.fourEyes" } })).toBe(2);
  });

  it("refuses to approve a claim without sources (422) and changes nothing", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const claim = await makeReadyClaim(editor, await makeArticle(editor), { sources: 0 });
    // Submitting asks for the same things, so put it in the queue state directly.
    await db.claim.update({ where: { id: claim.id }, data: { reviewState: "needs_review" } });

    await expect(reviewClaim(reviewer, claim.id, { action: "approve", version: claim.version })).rejects.toMatchObject({
      code: "invalid",
      message: expect.stringMatching(/at least one source/),
      fields: { sources: expect.any(String) },
    });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ reviewState: "needs_review", version: claim.version, approvedById: null });
    await expect(reviewClaim(editor, claim.id, { action: "submit", version: claim.version })).rejects.toMatchObject({ code: "conflict" });
  });

  it("locks an approved claim: editing, linking and deleting are refused with 409", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const claim = await makeReadyClaim(editor, await makeArticle(editor));
    const submitted = (await reviewClaim(editor, claim.id, { action: "submit", version: claim.version })).claim;
    const approved = (await reviewClaim(reviewer, claim.id, { action: "approve", version: submitted.version })).claim;

    await expect(updateClaim(editor, claim.id, { version: approved.version, rationale: "Changed my mind." })).rejects.toMatchObject({ code: "conflict", details: { locked: true } });
    await expect(linkSource(editor, claim.id, { url: "https://example.org/x", title: "X", stance: "context" })).rejects.toMatchObject({ code: "conflict" });
    await expect(deleteClaim(editor, claim.id)).rejects.toMatchObject({ code: "conflict" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).rationale).toBe(claim.rationale);
  });

  it("a reviewer reopens an approved claim with a note; the note is recorded and approval cleared", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const claim = await makeReadyClaim(editor, await makeArticle(editor));
    const submitted = (await reviewClaim(editor, claim.id, { action: "submit", version: claim.version })).claim;
    const approved = (await reviewClaim(reviewer, claim.id, { action: "approve", version: submitted.version })).claim;

    await expect(reviewClaim(reviewer, claim.id, { action: "reopen", version: approved.version })).rejects.toMatchObject({ code: "invalid", fields: { note: expect.any(String) } });
    const reopened = (await reviewClaim(reviewer, claim.id, { action: "reopen", version: approved.version, note: "The council published revised figures." })).claim;
    expect(reopened).toMatchObject({ reviewState: "open", approvedBy: null, approvedAt: null, version: approved.version + 1 });

    const last = (await eventsOf(claim.id)).at(-1)!;
    expect(last).toMatchObject({ type: "review.reopened", actorId: reviewer.id, note: "The council published revised figures." });
    // Unlocked again: the editor can work on it.
    await updateClaim(editor, claim.id, { version: reopened.version, rationale: "Revised figures change the picture." });
  });

  it("sending back needs a note and returns the claim to open", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const claim = await makeReadyClaim(editor, await makeArticle(editor));
    const submitted = (await reviewClaim(editor, claim.id, { action: "submit", version: claim.version })).claim;
    const back = (await reviewClaim(reviewer, claim.id, { action: "send_back", version: submitted.version, note: "Cite the 2014 budget." })).claim;
    expect(back.reviewState).toBe("open");
    expect((await eventsOf(claim.id)).at(-1)).toMatchObject({ type: "review.sent_back", note: "Cite the 2014 budget." });
  });

  it("refuses a stale version with 409 and the current claim", async () => {
    const editor = await makeUser("editor", "Ana Editor");
    const claim = await makeReadyClaim(editor, await makeArticle(editor));
    await reviewClaim(editor, claim.id, { action: "submit", version: claim.version });
    await expect(reviewClaim(editor, claim.id, { action: "submit", version: claim.version })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/changed by Ana Editor/),
      details: { current: { reviewState: "needs_review" } },
    });
  });

  it("keeps editors from approving and viewers from submitting", async () => {
    const editor = await makeUser("editor");
    const viewer = await makeUser("viewer");
    const claim = await makeReadyClaim(editor, await makeArticle(editor));
    await expect(reviewClaim(viewer, claim.id, { action: "submit", version: claim.version })).rejects.toMatchObject({ code: "forbidden" });
    const submitted = (await reviewClaim(editor, claim.id, { action: "submit", version: claim.version })).claim;
    await expect(reviewClaim(editor, claim.id, { action: "approve", version: submitted.version })).rejects.toMatchObject({ code: "forbidden", message: expect.stringMatching(/reviewer/) });
  });

  it("answers 404 for a deleted claim", async () => {
    const editor = await makeUser("editor");
    const claim = await makeReadyClaim(editor, await makeArticle(editor));
    await deleteClaim(editor, claim.id);
    await expect(reviewClaim(editor, claim.id, { action: "submit", version: claim.version + 1 })).rejects.toMatchObject({ code: "not_found" });
  });
});
