import { describe, expect, it } from "vitest";
import { addComment } from "@/lib/server/add-comment";
import { editComment } from "@/lib/server/edit-comment";
import { deleteComment } from "@/lib/server/delete-comment";
import { listClaimComments } from "@/lib/server/list-claim-comments";
import { resolveCommentThread } from "@/lib/server/resolve-comment-thread";
import { listMentions } from "@/lib/server/list-mentions";
import { markMentionRead } from "@/lib/server/mark-mention-read";
import { deleteClaim } from "@/lib/server/delete-claim";
import { COMMENT_MAX } from "@/lib/validation/comment";
import { db, makeUser } from "../helpers";
import { makeArticleWithClaims } from "./fixtures";

async function team() {
  const stamp = Math.random().toString(36).slice(2, 7);
  const ana = await makeUser("editor", `Ana ${stamp}`);
  const ben = await makeUser("editor", `Ben ${stamp}`);
  const viewer = await makeUser("viewer", `Vic ${stamp}`);
  const admin = await makeUser("admin", `Ada ${stamp}`);
  const { articleId, inflation } = await makeArticleWithClaims(ana);
  return { ana, ben, viewer, admin, articleId, claimId: inflation.id };
}

describe("comments", () => {
  it("a thread: comment, replies attach to the root, events stream with article and claim", async () => {
    const { ana, ben, articleId, claimId } = await team();
    const root = await addComment(ana, claimId, { body: "Where does **3 percent** come from? <script>alert(1)</script>" });
    const reply = await addComment(ben, claimId, { body: "ONS release, https://ons.gov.uk/x", parentId: root.id });
    const replyToReply = await addComment(ana, claimId, { body: "Thanks", parentId: reply.id });
    expect(replyToReply.parentId).toBe(root.id);
    expect(root.bodyHtml).toContain("<strong>3 percent</strong>");
    expect(root.bodyHtml).not.toContain("<script");

    const { threads } = await listClaimComments(ana, claimId);
    expect(threads).toHaveLength(1);
    expect(threads[0].root.id).toBe(root.id);
    expect(threads[0].replies.map((r) => r.body)).toEqual(["ONS release, https://ons.gov.uk/x", "Thanks"]);

    const events = await db.event.findMany({ where: { type: "comment.added", claimId }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.articleId === articleId && e.targetType === "comment")).toBe(true);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { _count: { select: { comments: true } } } }))._count.comments).toBe(3);
  });

  it("viewers read but cannot write", async () => {
    const { ana, viewer, claimId } = await team();
    await addComment(ana, claimId, { body: "First" });
    expect((await listClaimComments(viewer, claimId)).threads).toHaveLength(1);
    await expect(addComment(viewer, claimId, { body: "Me too" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("editing someone else's comment is refused (403), even for an admin", async () => {
    const { ana, ben, admin, claimId } = await team();
    const comment = await addComment(ana, claimId, { body: "Original" });
    await expect(editComment(ben, comment.id, { body: "Hijacked" })).rejects.toMatchObject({ code: "forbidden", message: expect.stringMatching(/your own comments/) });
    await expect(editComment(admin, comment.id, { body: "Hijacked" })).rejects.toMatchObject({ code: "forbidden" });
    const edited = await editComment(ana, comment.id, { body: "Original, clarified" });
    expect(edited.editedAt).not.toBeNull();
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe("Original, clarified");
    expect(await db.event.count({ where: { targetId: comment.id, type: "comment.edited" } })).toBe(1);
  });

  it("a comment over 10,000 characters is refused with 422 and nothing is stored", async () => {
    const { ana, claimId } = await team();
    const error = await addComment(ana, claimId, { body: "x".repeat(COMMENT_MAX + 1) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ZodError" });
    expect(JSON.stringify(error)).toMatch(/limited to 10,000 characters/);
    expect(await db.comment.count({ where: { claimId } })).toBe(0);
    await expect(addComment(ana, claimId, { body: "   " })).rejects.toMatchObject({ name: "ZodError" });
    expect((await addComment(ana, claimId, { body: "y".repeat(COMMENT_MAX) })).body).toHaveLength(COMMENT_MAX);
  });

  it("an unknown mention is refused (422) naming it; known mentions notify once", async () => {
    const { ana, ben, claimId } = await team();
    await expect(addComment(ana, claimId, { body: "Ask @xyz about this" })).rejects.toMatchObject({ code: "invalid", message: expect.stringMatching(/^No user called @xyz\./) });
    expect(await db.comment.count({ where: { claimId } })).toBe(0);

    const comment = await addComment(ana, claimId, { body: `@${ben.name} and @${ana.name} (me), please check; again @${ben.name}` });
    expect(comment.mentions.map((m) => m.name)).toEqual([ben.name]); // not the author herself
    const mine = await listMentions(ben);
    expect(mine.unreadCount).toBe(1);
    expect(mine.mentions[0]).toMatchObject({ author: { name: ana.name }, claim: { id: claimId }, readAt: null });
    expect(mine.mentions[0].href).toBe(`/articles/${mine.mentions[0].article.id}?claim=${claimId}`);

    await expect(markMentionRead(ana, mine.mentions[0].id)).rejects.toMatchObject({ code: "not_found" });
    await markMentionRead(ben, mine.mentions[0].id);
    const after = await listMentions(ben);
    expect(after.unreadCount).toBe(0);
    expect(after.mentions[0].readAt).not.toBeNull();
  });

  it("mentions follow edits: a newly named person is notified, a removed unread one is not", async () => {
    const { ana, ben, admin, claimId } = await team();
    const comment = await addComment(ana, claimId, { body: `cc @${ben.name}` });
    await editComment(ana, comment.id, { body: `cc @${admin.name} instead` });
    expect((await listMentions(ben)).mentions).toHaveLength(0);
    expect((await listMentions(admin)).unreadCount).toBe(1);
  });

  it("deleting: own only (admins any); a root with replies leaves a placeholder", async () => {
    const { ana, ben, admin, claimId } = await team();
    const root = await addComment(ana, claimId, { body: `Root @${ben.name}` });
    const reply = await addComment(ben, claimId, { body: "Reply", parentId: root.id });
    await expect(deleteComment(ben, root.id)).rejects.toMatchObject({ code: "forbidden", message: "Only the author or an admin can delete this comment." });

    await deleteComment(ana, root.id);
    let { threads } = await listClaimComments(ben, claimId);
    expect(threads).toHaveLength(1);
    expect(threads[0].root).toMatchObject({ id: root.id, body: "", bodyHtml: "", author: null });
    expect(threads[0].root.deletedAt).not.toBeNull();
    expect((await listMentions(ben)).mentions).toHaveLength(0); // withdrawn with the comment

    await deleteComment(admin, reply.id); // moderation
    ({ threads } = await listClaimComments(ben, claimId));
    expect(threads).toHaveLength(0);
    const event = await db.event.findFirstOrThrow({ where: { targetId: reply.id, type: "comment.deleted" } });
    expect(event.note).toBe("Removed by a moderator");
    await expect(deleteComment(ana, root.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("resolve and reopen a thread from any of its comments (editor+)", async () => {
    const { ana, ben, viewer, claimId } = await team();
    const root = await addComment(ana, claimId, { body: "Question" });
    const reply = await addComment(ben, claimId, { body: "Answer", parentId: root.id });
    await expect(resolveCommentThread(viewer, root.id, { resolved: true })).rejects.toMatchObject({ code: "forbidden" });
    const resolved = await resolveCommentThread(ben, reply.id, { resolved: true });
    expect(resolved).toMatchObject({ rootId: root.id, resolvedBy: { id: ben.id } });
    expect((await listClaimComments(ana, claimId)).threads[0].resolvedBy?.name).toBe(ben.name);
    await resolveCommentThread(ben, root.id, { resolved: true }); // no-op: no second event
    await resolveCommentThread(ana, root.id, { resolved: false });
    expect((await listClaimComments(ana, claimId)).threads[0].resolvedAt).toBeNull();
    const types = (await db.event.findMany({ where: { targetId: root.id, type: { startsWith: "comment.re" } }, orderBy: { id: "asc" } })).map((e) => e.type);
    expect(types).toEqual(["comment.resolved", "comment.reopened"]);
  });

  it("a reply must be on the same claim; a deleted claim takes no comments and drops out of mentions", async () => {
    const { ana, ben, claimId } = await team();
    const other = await makeArticleWithClaims(ana);
    const foreign = await addComment(ana, other.inflation.id, { body: "Elsewhere" });
    await expect(addComment(ana, claimId, { body: "Reply", parentId: foreign.id })).rejects.toMatchObject({ code: "invalid" });
    await addComment(ana, claimId, { body: `@${ben.name} look` });
    expect((await listMentions(ben)).unreadCount).toBe(1);
    await deleteClaim(ana, claimId);
    await expect(addComment(ana, claimId, { body: "Late" })).rejects.toMatchObject({ code: "not_found" });
    expect((await listMentions(ben)).mentions).toHaveLength(0);
  });
});
