import type { Actor } from "@/lib/domain/actor";
import { forbidden, notFound } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import { authorize } from "./support/authorize";
import { appendEvent } from "@/lib/data/events";
import { findLiveCommentForChange, softDeleteComment } from "@/lib/data/comments";
import { writeTransaction } from "@/lib/data/transaction";

/**
 * Deletes a comment: the author their own, an admin anyone's (moderation). The row is kept
 * (soft delete) so a thread's replies keep their place under a "comment deleted"
 * placeholder; its text is no longer shown and its unread mentions are withdrawn.
 */
export async function deleteComment(actor: Actor, commentId: string): Promise<{ id: string; deletedAt: string }> {
  authorize(actor, "comment.create");
  return writeTransaction(async (tx) => {
    const comment = await findLiveCommentForChange(tx, commentId);
    if (!comment) throw notFound("The comment");
    if (comment.authorId !== actor.id && !can(actor, "comment.moderate")) {
      throw forbidden("Only the author or an admin can delete this comment.");
    }
    const deletedAt = new Date();
    await softDeleteComment(tx, commentId, deletedAt);
    await appendEvent(tx, actor, {
      type: "comment.deleted",
      targetType: "comment",
      targetId: commentId,
      articleId: comment.articleId,
      claimId: comment.claimId,
      before: { body: comment.body, parentId: comment.parentId, authorId: comment.authorId },
      after: { deletedAt },
      note: comment.authorId !== actor.id ? "Removed by a moderator" : null,
    });
    return { id: commentId, deletedAt: deletedAt.toISOString() };
  });
}
