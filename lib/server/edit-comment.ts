import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { forbidden, invalid, notFound } from "@/lib/domain/errors";
import { mentionProblem, parseMentions } from "@/lib/domain/mentions";
import { editCommentSchema, type EditCommentInput } from "@/lib/validation/comment";
import { authorize } from "./support/authorize";
import { appendEvent } from "./support/append-event";
import { writeTransaction } from "./support/write";
import { commentSelect, toCommentView, type CommentView } from "./list-claim-comments";

/**
 * The author rewrites their comment. Only the author may: a comment speaks for its author,
 * so not even an admin puts words in it (admins may delete). Newly mentioned people are
 * notified; people no longer mentioned lose the notification if they have not read it.
 */
export async function editComment(actor: Actor, commentId: string, raw: EditCommentInput): Promise<CommentView> {
  authorize(actor, "comment.create");
  const input = editCommentSchema.parse(raw);
  const users = await db.user.findMany({ where: { active: true }, select: { id: true, name: true, email: true } });
  const parsed = parseMentions(input.body, users);
  const problem = mentionProblem(parsed);
  if (problem) throw invalid(problem, { body: problem });
  const wanted = new Set(parsed.userIds.filter((id) => id !== actor.id));

  return writeTransaction(async (tx) => {
    const comment = await tx.comment.findFirst({
      where: { id: commentId, deletedAt: null },
      select: { ...commentSelect, authorId: true, claim: { select: { articleId: true } }, mentions: { select: { userId: true, readAt: true, user: { select: { id: true, name: true } } } } },
    });
    if (!comment) throw notFound("The comment");
    if (comment.authorId !== actor.id) throw forbidden("You can only edit your own comments. Reply instead, or ask the author.");
    if (comment.body === input.body) return toCommentView(comment);
    const had = new Set(comment.mentions.map((m) => m.userId));
    const removed = comment.mentions.filter((m) => !wanted.has(m.userId) && !m.readAt).map((m) => m.userId);
    if (removed.length) await tx.mention.deleteMany({ where: { commentId, userId: { in: removed } } });
    const updated = await tx.comment.update({
      where: { id: commentId },
      data: { body: input.body, editedAt: new Date(), mentions: { create: [...wanted].filter((id) => !had.has(id)).map((userId) => ({ userId })) } },
      select: commentSelect,
    });
    await appendEvent(tx, actor, {
      type: "comment.edited",
      targetType: "comment",
      targetId: commentId,
      articleId: comment.claim.articleId,
      claimId: comment.claimId,
      before: { body: comment.body },
      after: { body: updated.body },
    });
    return toCommentView(updated);
  });
}
