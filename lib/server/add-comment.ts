import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { AppError, invalid, notFound } from "@/lib/domain/errors";
import { mentionProblem, parseMentions } from "@/lib/domain/mentions";
import { shorten } from "@/lib/domain/notifications";
import { insertNotifications } from "@/lib/data/notifications";
import { createCommentSchema, type CreateCommentInput } from "@/lib/validation/comment";
import { authorize } from "./support/authorize";
import { appendEvent } from "./support/append-event";
import { writeTransaction } from "./support/write";
import { commentSelect, toCommentView, type CommentView } from "./list-claim-comments";

/**
 * An editor comments on a claim or replies in a thread. Replies always attach to the
 * thread's first comment, so threads stay one level deep. Every @mention must name an
 * active colleague (otherwise 422 naming the token); each one notifies that person.
 */
export async function addComment(actor: Actor, claimId: string, raw: CreateCommentInput): Promise<CommentView> {
  authorize(actor, "comment.create");
  const input = createCommentSchema.parse(raw);
  // Only a comment that can hold a mention needs the directory of colleagues.
  const users = input.body.includes("@") ? await db.user.findMany({ where: { active: true }, select: { id: true, name: true, email: true } }) : [];
  const parsed = parseMentions(input.body, users);
  const problem = mentionProblem(parsed);
  if (problem) throw invalid(problem, { body: problem });
  const notify = parsed.userIds.filter((id) => id !== actor.id);

  return writeTransaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null, article: { deletedAt: null } }, select: { id: true, articleId: true } });
    if (!claim) throw notFound("The claim");
    let rootId: string | null = null;
    if (input.parentId) {
      const parent = await tx.comment.findUnique({ where: { id: input.parentId }, select: { id: true, claimId: true, parentId: true } });
      if (!parent || parent.claimId !== claimId) throw new AppError("invalid", "The comment you are replying to is not on this claim any more. Reload the discussion.", { parentId: "Unknown comment." });
      rootId = parent.parentId ?? parent.id;
    }
    const created = await tx.comment.create({
      data: { claimId, parentId: rootId, authorId: actor.id, body: input.body, mentions: { create: notify.map((userId) => ({ userId })) } },
      select: commentSelect,
    });
    const eventId = await appendEvent(tx, actor, {
      type: "comment.added",
      targetType: "comment",
      targetId: created.id,
      articleId: claim.articleId,
      claimId,
      after: { body: created.body, parentId: rootId, mentions: created.mentions.map((m) => m.user.name) },
    });
    // Inbox: the people mentioned, then everyone who wrote in this thread (a mention wins).
    const writers = rootId ? await tx.comment.findMany({ where: { OR: [{ id: rootId }, { parentId: rootId }], deletedAt: null }, select: { authorId: true } }) : [];
    const base = { articleId: claim.articleId, claimId, commentId: created.id, detail: shorten(created.body) };
    await insertNotifications(tx, actor.id, eventId, [
      ...notify.map((userId) => ({ ...base, userId, kind: "mention" as const, summary: `${actor.name} mentioned you in a comment` })),
      ...writers.map((w) => ({ ...base, userId: w.authorId, kind: "reply" as const, summary: `${actor.name} replied in a thread you wrote in` })),
    ]);
    return toCommentView(created);
  });
}
