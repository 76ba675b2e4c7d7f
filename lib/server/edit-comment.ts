import { deleteMentions, findLiveCommentForChange, updateCommentBody } from "@/lib/data/comments";
import { withDb } from "@/lib/data/handle";
import { writeTransaction } from "@/lib/data/transaction";
import { listActiveUsers } from "@/lib/data/users";
import type { Actor } from "@/lib/domain/actor";
import { forbidden, invalid, notFound } from "@/lib/domain/errors";
import { mentionProblem, parseMentions } from "@/lib/domain/mentions";
import { editCommentSchema, type EditCommentInput } from "@/lib/validation/comment";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { appendEvent } from "@/lib/data/events";
import { toCommentView, type CommentView } from "./list-claim-comments";

/**
 * The author rewrites their comment. Only the author may: a comment speaks for its author,
 * so not even an admin puts words in it (admins may delete). Newly mentioned people are
 * notified; people no longer mentioned lose the notification if they have not read it.
 */
export async function editComment(actor: Actor, commentId: string, raw: EditCommentInput): Promise<CommentView> {
  authorize(actor, "comment.create");
  const input = parseInput(editCommentSchema, raw);
  const users = await withDb(listActiveUsers);
  const parsed = parseMentions(input.body, users);
  const problem = mentionProblem(parsed, users);
  if (problem) throw invalid(problem, { body: problem });
  const wanted = new Set(parsed.userIds.filter((id) => id !== actor.id));

  return writeTransaction(async (tx) => {
    const comment = await findLiveCommentForChange(tx, commentId);
    if (!comment) throw notFound("The comment");
    if (comment.authorId !== actor.id) throw forbidden("You can only edit your own comments. Reply instead, or ask the author.");
    if (comment.body === input.body) return toCommentView(comment);
    const had = new Set(comment.mentionStates.map((m) => m.userId));
    const removed = comment.mentionStates.filter((m) => !wanted.has(m.userId) && !m.readAt).map((m) => m.userId);
    if (removed.length) await deleteMentions(tx, commentId, removed);
    const updated = await updateCommentBody(tx, commentId, input.body, [...wanted].filter((id) => !had.has(id)));
    await appendEvent(tx, actor, {
      type: "comment.edited",
      targetType: "comment",
      targetId: commentId,
      articleId: comment.articleId,
      claimId: comment.claimId,
      before: { body: comment.body },
      after: { body: updated.body },
    });
    return toCommentView(updated);
  });
}
