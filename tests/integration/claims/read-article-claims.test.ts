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

    const viaOrm = (
      await db.claim.findMany({ where: { articleId, deletedAt: null }, include: claimInclude, orderBy: [{ start: "asc" }, { end: "desc" }] })
    ).map(toClaimView);
    const fast = readArticleClaims(articleId);
    expect(fast).toEqual(viaOrm);
    expect(fast.some((c) => c.id === gone.id)).toBe(false);
    expect(fast.find((c) => c.id === extra.id)?.commentCount).toBe(1);
    expect(fast.find((c) => c.approvedBy)?.approvedBy?.name).toBe("Rui Reviewer");
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
