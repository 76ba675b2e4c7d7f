import { describe, expect, it } from "vitest";
import { buildAnchor } from "@/lib/anchoring";
import { findClaim } from "@/lib/data/claims";
import { findClaimInTransaction } from "@/lib/data/sqlite/claim-in-transaction";
import { db, makeUser } from "../helpers";

/**
 * Issue 16, item 7: the prepared-statement `findClaim` inside a write transaction equals the
 * ORM's, for claims in many states, and sees the transaction's own uncommitted writes.
 */
describe("findClaimInTransaction", () => {
  it("returns what findClaim returns, inside the same transaction, before and after uncommitted writes", async () => {
    const editor = await makeUser("editor", "Ana Editor");
    const reviewer = await makeUser("reviewer", "Rui Reviewer");
    const text = "The unemployment rate fell to 4.1 percent in March, the lowest in a decade. Exports rose 12 percent.";
    const article = await db.article.create({ data: { title: "Fast path", text, doc: "{}", createdById: editor.id } });
    const t0 = Date.parse("2026-03-01T10:00:00.000Z");
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const [s, e] = i % 2 ? [4, 21] : [33, 44];
      const claim = await db.claim.create({
        data: {
          articleId: article.id,
          ...buildAnchor(text, s, e),
          claimant: i % 3 === 0 ? `Claimant ${i}` : null,
          normalized: i % 4 === 0 ? "Normalised" : null,
          verdict: ["unchecked", "verified", "false"][i % 3],
          verdictSetById: i % 3 ? reviewer.id : null,
          rationale: i % 2 ? `Because ${i}` : "",
          reviewState: i === 1 ? "approved" : i === 2 ? "open" : "needs_review",
          approvedById: i === 1 ? reviewer.id : null,
          approvedAt: i === 1 ? new Date(t0) : null,
          assigneeId: i % 2 ? editor.id : null,
          reviewNote: i === 2 ? "Check the month" : null,
          reviewNoteAction: i === 2 ? "send_back" : null,
          reviewNoteById: i === 2 ? reviewer.id : null,
          reviewNoteAt: i === 2 ? new Date(t0 + 5) : null,
          deletedAt: i === 7 ? new Date(t0) : null,
          version: 1 + i,
          createdById: i % 2 ? editor.id : reviewer.id,
          updatedById: reviewer.id,
        },
      });
      ids.push(claim.id);
      if (i % 2 === 0) {
        for (const k of [2, 1]) {
          const source = await db.source.upsert({
            where: { url: `https://stats.example.org/${k}` },
            create: { url: `https://stats.example.org/${k}`, title: `Report ${k}`, publisher: k === 1 ? "Office" : null, accessedAt: new Date(t0), createdById: editor.id },
            update: {},
          });
          await db.claimSource.create({ data: { claimId: claim.id, sourceId: source.id, stance: k === 1 ? "supports" : "context", excerpt: k === 1 ? "Table 3" : null, createdById: editor.id, createdAt: new Date(t0) } });
        }
      }
      for (let c = 0; c < i % 3; c++) await db.comment.create({ data: { claimId: claim.id, authorId: editor.id, body: `Comment ${c}`, deletedAt: c === 1 ? new Date(t0) : null } });
    }

    await db.$transaction(async (tx) => {
      for (const id of ids) {
        expect(await findClaimInTransaction(tx, id)).toEqual(await findClaim(tx, id));
        expect(await findClaimInTransaction(tx, id, { includeDeleted: true })).toEqual(await findClaim(tx, id, { includeDeleted: true }));
      }
      expect(await findClaimInTransaction(tx, ids[7])).toBeNull();
      expect(await findClaimInTransaction(tx, "no-such-claim")).toBeNull();

      // Uncommitted writes of this transaction are seen on both paths.
      await tx.claim.update({ where: { id: ids[0] }, data: { verdict: "disputed", verdictSetById: editor.id, version: { increment: 1 }, assigneeId: reviewer.id } });
      await tx.comment.create({ data: { claimId: ids[0], authorId: reviewer.id, body: "New" } });
      const fast = await findClaimInTransaction(tx, ids[0]);
      expect(fast).toEqual(await findClaim(tx, ids[0]));
      expect(fast?.verdict).toBe("disputed");
      expect(fast?.assignee).toEqual({ id: reviewer.id, name: "Rui Reviewer" });
    });
  });

  it("refuses to run outside a transaction", async () => {
    await expect(findClaimInTransaction(db as never, "x")).rejects.toThrow(/not inside a transaction/);
  });
});
