import { describe, expect, it } from "vitest";
import { updateClaim } from "@/lib/server/update-claim";
import { getClaimHistory } from "@/lib/server/get-claim-history";
import { listArticleActivity } from "@/lib/server/list-article-activity";
import { revertClaimField } from "@/lib/server/revert-claim-field";
import { linkSource } from "@/lib/server/link-source";
import { addComment } from "@/lib/server/add-comment";
import { db, makeUser } from "../helpers";
import { makeArticleWithClaims } from "./fixtures";

describe("claim history", () => {
  it("lists the claim's changes newest first, with actor names and readable changes", async () => {
    const ana = await makeUser("editor", "Ana Editor");
    const ben = await makeUser("editor", "Ben Editor");
    const viewer = await makeUser("viewer");
    const { inflation } = await makeArticleWithClaims(ana);
    await updateClaim(ana, inflation.id, { version: 1, verdict: "disputed" });
    await updateClaim(ben, inflation.id, { version: 2, rationale: "Food prices excluded." });
    await linkSource(ben, inflation.id, { url: "https://ons.gov.uk/cpi", title: "ONS CPI March", stance: "refutes" });
    await updateClaim(ana, inflation.id, { version: 4, span: { exact: "inflation fell to 3 percent" } });
    await addComment(ben, inflation.id, { body: "Agreed." });

    const { events, nextBefore } = await getClaimHistory(viewer, inflation.id);
    expect(nextBefore).toBeNull();
    expect(events.map((e) => [e.actor?.name, e.action, e.changes])).toEqual([
      ["Ben Editor", "commented on a claim", ["“Agreed.”"]],
      ["Ana Editor", "moved a claim’s span", ["span moved: “inflation fell to 3 percent in March” → “inflation fell to 3 percent”"]],
      ["Ben Editor", "linked a source", ["source linked: ONS CPI March (refutes)"]],
      ["Ben Editor", "edited a rationale", ["rationale added"]],
      ["Ana Editor", "set a verdict: disputed", ["verdict: unchecked → disputed"]],
      ["Ana Editor", "marked a claim", ["quote: “inflation fell to 3 percent in March”"]],
    ]);
    expect(events[1].revertable).toEqual(["span"]);
    expect(events[4].revertable).toEqual(["verdict"]);
  });

  it("pages with before/nextBefore", async () => {
    const ana = await makeUser("editor");
    const { inflation } = await makeArticleWithClaims(ana);
    for (let v = 1; v <= 5; v++) await updateClaim(ana, inflation.id, { version: v, rationale: `r${v}` });
    const first = await getClaimHistory(ana, inflation.id, { limit: 4 });
    expect(first.events).toHaveLength(4);
    const second = await getClaimHistory(ana, inflation.id, { limit: 4, before: first.nextBefore! });
    expect(second.events).toHaveLength(2);
    expect(second.nextBefore).toBeNull();
    expect([...first.events, ...second.events].map((e) => e.id)).toEqual([...first.events, ...second.events].map((e) => e.id).sort((a, b) => b - a));
  });

  it("article activity names the claim and pages newest first", async () => {
    const ana = await makeUser("editor", "Ana Editor");
    const { articleId, inflation, food } = await makeArticleWithClaims(ana);
    await updateClaim(ana, food.id, { version: 1, verdict: "verified" });
    const page = await listArticleActivity(ana, articleId, { limit: 2 });
    expect(page.events.map((e) => [e.action, e.claimExact])).toEqual([
      ["set a verdict: verified", "food prices, which rose 9 percent"],
      ["marked a claim", "food prices, which rose 9 percent"],
    ]);
    expect(page.latestId).toBe(page.events[0].id);
    const rest = await listArticleActivity(ana, articleId, { before: page.nextBefore! });
    expect(rest.events.map((e) => e.type)).toEqual(["claim.created", "article.created"]);
    expect(rest.events[0].claimId).toBe(inflation.id);
  });
});

describe("revert", () => {
  it("sets a field back to its value before a change, as a new event", async () => {
    const ana = await makeUser("editor", "Ana Editor");
    const ben = await makeUser("editor", "Ben Editor");
    const { inflation } = await makeArticleWithClaims(ana);
    await updateClaim(ana, inflation.id, { version: 1, verdict: "false", rationale: "Wrong." });
    await updateClaim(ben, inflation.id, { version: 2, verdict: "verified" });
    const history = await getClaimHistory(ana, inflation.id);
    const anaChange = history.events.find((e) => e.actor?.name === "Ana Editor" && e.type === "claim.updated")!;

    const { claim, reverted } = await revertClaimField(ben, inflation.id, { eventId: anaChange.id, field: "verdict", version: 3 });
    expect(reverted).toBe(true);
    expect(claim).toMatchObject({ verdict: "unchecked", rationale: "Wrong.", version: 4, verdictSetBy: { name: "Ben Editor" } });
    const latest = (await getClaimHistory(ana, inflation.id)).events[0];
    expect(latest).toMatchObject({ type: "claim.reverted", action: "reverted a verdict to unchecked", changes: ["verdict: verified → unchecked"], revertable: ["verdict"] });

    // The revert is itself revertable.
    const back = await revertClaimField(ana, inflation.id, { eventId: latest.id, field: "verdict", version: 4 });
    expect(back.claim.verdict).toBe("verified");
  });

  it("reverts a span, a rationale and a claimant", async () => {
    const ana = await makeUser("editor");
    const { inflation } = await makeArticleWithClaims(ana);
    await updateClaim(ana, inflation.id, { version: 1, span: { exact: "inflation fell" } });
    await updateClaim(ana, inflation.id, { version: 2, rationale: "First", claimant: "The minister" });
    await updateClaim(ana, inflation.id, { version: 3, rationale: "Second", claimant: "A spokesman" });
    const events = (await getClaimHistory(ana, inflation.id)).events;
    const spanMove = events.find((e) => e.type === "claim.span_moved")!;
    let result = await revertClaimField(ana, inflation.id, { eventId: spanMove.id, field: "span", version: 4 });
    expect(result.claim).toMatchObject({ exact: "inflation fell to 3 percent in March", version: 5 });
    result = await revertClaimField(ana, inflation.id, { eventId: events[0].id, field: "rationale", version: 5 });
    expect(result.claim.rationale).toBe("First");
    result = await revertClaimField(ana, inflation.id, { eventId: events[1].id, field: "claimant", version: 6 });
    expect(result.claim.claimant).toBeNull();
    result = await revertClaimField(ana, inflation.id, { eventId: events[1].id, field: "claimant", version: 7 });
    expect(result.reverted).toBe(false); // already that value: no new event
  });

  it("refuses stale versions, locked claims, foreign events and untouched fields", async () => {
    const ana = await makeUser("editor");
    const rui = await makeUser("reviewer");
    const viewer = await makeUser("viewer");
    const { inflation, food } = await makeArticleWithClaims(ana);
    await updateClaim(ana, inflation.id, { version: 1, verdict: "false" });
    const change = (await getClaimHistory(ana, inflation.id)).events[0];

    await expect(revertClaimField(viewer, inflation.id, { eventId: change.id, field: "verdict", version: 2 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(revertClaimField(ana, inflation.id, { eventId: change.id, field: "verdict", version: 1 })).rejects.toMatchObject({ code: "conflict", details: { conflictingFields: ["verdict"] } });
    await expect(revertClaimField(ana, food.id, { eventId: change.id, field: "verdict", version: 1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(revertClaimField(ana, inflation.id, { eventId: change.id, field: "rationale", version: 2 })).rejects.toMatchObject({ code: "invalid", message: expect.stringMatching(/did not touch the rationale/) });

    await db.claim.update({ where: { id: inflation.id }, data: { reviewState: "approved", approvedById: rui.id, approvedAt: new Date() } });
    await expect(revertClaimField(ana, inflation.id, { eventId: change.id, field: "verdict", version: 2 })).rejects.toMatchObject({ code: "conflict", details: { locked: true } });
    expect((await db.claim.findUniqueOrThrow({ where: { id: inflation.id } })).verdict).toBe("false");
  });
});
