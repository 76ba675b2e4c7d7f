import { describe, expect, it } from "vitest";
import { updateClaim } from "@/lib/server/update-claim";
import { AppError } from "@/lib/domain/errors";
import { db, makeUser } from "../helpers";
import { makeArticleWithClaims } from "./fixtures";

describe("no lost updates on claims", () => {
  it("a stale PATCH is refused and the stored row is unchanged", async () => {
    const ana = await makeUser("editor", "Ana Editor");
    const ben = await makeUser("editor", "Ben Editor");
    const { inflation } = await makeArticleWithClaims(ana);
    await updateClaim(ana, inflation.id, { version: 1, verdict: "false", rationale: "Official data says 4.1%." });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: inflation.id } });
    const eventsBefore = await db.event.count();

    const error = await updateClaim(ben, inflation.id, { version: 1, verdict: "verified" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "conflict", details: { yourVersion: 1, conflictingFields: ["verdict"], changedBy: "Ana Editor" } });
    expect((error as AppError).message).toMatch(/changed by Ana Editor .*your edit to verdict was not saved/);
    expect(await db.claim.findUniqueOrThrow({ where: { id: inflation.id } })).toEqual(stored);
    expect(await db.event.count()).toBe(eventsBefore);
  });

  it("20 concurrent updateClaim calls with the same version: exactly one wins, the rest get 409", async () => {
    const editors = await Promise.all(Array.from({ length: 20 }, (_, i) => makeUser("editor", `Editor ${i}`)));
    const { inflation } = await makeArticleWithClaims(editors[0]);
    const results = await Promise.allSettled(editors.map((editor, i) => updateClaim(editor, inflation.id, { version: 1, rationale: `Rationale number ${i}` })));

    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const r of lost) expect(r.reason).toMatchObject({ code: "conflict" });

    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof updateClaim>>>).value.claim;
    const stored = await db.claim.findUniqueOrThrow({ where: { id: inflation.id } });
    expect(stored.version).toBe(2);
    expect(stored.rationale).toBe(winner.rationale);
    expect(await db.event.count({ where: { claimId: inflation.id, type: "claim.updated" } })).toBe(1);
  });

  it("two editors changing different fields with base values: both applied, second reported rebased", async () => {
    const ana = await makeUser("editor", "Ana Editor");
    const ben = await makeUser("editor", "Ben Editor");
    const { inflation } = await makeArticleWithClaims(ana);
    // Both opened the claim at version 1.
    const first = await updateClaim(ana, inflation.id, { version: 1, verdict: "misleading", base: { verdict: "unchecked" } });
    expect(first.rebased).toBe(false);
    const second = await updateClaim(ben, inflation.id, { version: 1, rationale: "Food prices are excluded.", base: { rationale: "" } });
    expect(second.rebased).toBe(true);
    expect(second.claim).toMatchObject({ verdict: "misleading", rationale: "Food prices are excluded.", version: 3 });

    const events = await db.event.findMany({ where: { claimId: inflation.id, type: "claim.updated" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.note)).toEqual([null, "Merged with a concurrent edit to other fields"]);
  });

  it("the same field changed by both, with base values, is still a conflict", async () => {
    const ana = await makeUser("editor");
    const ben = await makeUser("editor");
    const { inflation } = await makeArticleWithClaims(ana);
    await updateClaim(ana, inflation.id, { version: 1, rationale: "Ana's reasoning", base: { rationale: "" } });
    await expect(updateClaim(ben, inflation.id, { version: 1, rationale: "Ben's reasoning", base: { rationale: "" } })).rejects.toMatchObject({
      code: "conflict",
      details: { conflictingFields: ["rationale"] },
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: inflation.id } })).rationale).toBe("Ana's reasoning");
  });
});
