import { describe, expect, it } from "vitest";
import { readArticleClaims } from "@/lib/data/claims";
import { claimInclude, toClaimView } from "@/lib/server/support/claim-view";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createClaim } from "@/lib/server/create-claim";
import { deleteClaim } from "@/lib/server/delete-claim";
import { addComment } from "@/lib/server/add-comment";
import { db, makeUser, onPostgres } from "../helpers";

describe.skipIf(onPostgres)("reading an article's claims on the fast path (SQLite prepared statements)", () => {
  it("returns exactly what the ORM path returns, in document order, without deleted claims", async () => {
    const { articleId } = await seedDemo(db);
    const editor = await makeUser("editor");
    const extra = await createClaim(editor, articleId, { exact: "Russia denies the meddling charge.", claimant: "Kremlin" });
    await addComment(editor, extra.id, { body: "Worth a look" });
    const gone = await createClaim(editor, articleId, { exact: "Psaki declined to comment" });
    await deleteClaim(editor, gone.id);
    // Every person column and the count (the fast path reads names and counts separately).
    const reviewer = await makeUser("reviewer");
    await db.claim.update({
      where: { id: extra.id },
      data: { assigneeId: reviewer.id, reviewNote: "Needs a second source", reviewNoteAction: "send_back", reviewNoteAt: new Date(), reviewNoteById: reviewer.id },
    });
    const removed = await addComment(editor, extra.id, { body: "Scratch that" });
    await db.comment.update({ where: { id: removed.id }, data: { deletedAt: new Date() } });

    const viaOrm = (
      await db.claim.findMany({ where: { articleId, deletedAt: null }, include: claimInclude, orderBy: [{ start: "asc" }, { end: "desc" }] })
    ).map(toClaimView);
    const fast = readArticleClaims(articleId);
    expect(fast).toEqual(viaOrm);
    expect(fast.some((c) => c.id === gone.id)).toBe(false);
    expect(fast.find((c) => c.id === extra.id)?.commentCount).toBe(1);
    expect(fast.find((c) => c.approvedBy)?.approvedBy?.name).toBe("Rui Reviewer");
    const marked = fast.find((c) => c.id === extra.id)!;
    expect(marked.assignee).toEqual({ id: reviewer.id, name: reviewer.name });
    expect(marked.reviewNote).toMatchObject({ action: "send_back", note: "Needs a second source", by: { id: reviewer.id, name: reviewer.name } });
    expect(marked.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe("reading an article on the fast path", () => {
  it("returns the same article view as the ORM, and nothing for a deleted article", async () => {
    const { getArticle } = await import("@/lib/server/get-article");
    const { toArticleView } = await import("@/lib/data/articles");
    const editor = await makeUser("editor");
    const { articleId } = await seedDemo(db);
    const viaOrm = toArticleView(await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { createdBy: { select: { id: true, name: true } } } }));
    expect((await getArticle(editor, articleId)).article).toEqual(viaOrm);
    await db.article.update({ where: { id: articleId }, data: { deletedAt: new Date() } });
    await expect(getArticle(editor, articleId)).rejects.toMatchObject({ code: "not_found" });
  });
});
