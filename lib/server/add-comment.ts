import { findCommentableClaim, findCommentPlace, insertComment, listThreadAuthorIds } from "@/lib/data/comments";
import { withDb } from "@/lib/data/handle";
import { hotWriteTransaction } from "@/lib/data/transaction";
import { listActiveUsers } from "@/lib/data/users";
import type { Actor } from "@/lib/domain/actor";
import { AppError, invalid, notFound } from "@/lib/domain/errors";
import { mentionProblem, parseMentions } from "@/lib/domain/mentions";
import { shorten } from "@/lib/domain/notifications";
import { insertNotifications } from "@/lib/data/notifications";
import { createCommentSchema, type CreateCommentInput } from "@/lib/validation/comment";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { appendEvent } from "@/lib/data/events";
import { toCommentView, type CommentView } from "./list-claim-comments";

/**
 * An editor comments on a claim or replies in a thread. Replies always attach to the
 * thread's first comment, so threads stay one level deep. Every @mention must name an
 * active colleague (otherwise 422 naming the token); each one notifies that person.
 */
export async function addComment(actor: Actor, claimId: string, raw: CreateCommentInput): Promise<CommentView> {
  authorize(actor, "comment.create");
  const input = parseInput(createCommentSchema, raw);
  // Only a comment that can hold a mention needs the directory of colleagues.
  const users = input.body.includes("@") ? await withDb(listActiveUsers) : [];
  const parsed = parseMentions(input.body, users);
  const problem = mentionProblem(parsed, users);
  if (problem) throw invalid(problem, { body: problem });
  const notify = parsed.userIds.filter((id) => id !== actor.id);

  return hotWriteTransaction(async (tx) => {
    const claim = await findCommentableClaim(tx, claimId);
    if (!claim) throw notFound("The claim");
    let rootId: string | null = null;
    if (input.parentId) {
      const parent = await findCommentPlace(tx, input.parentId);
      if (!parent || parent.claimId !== claimId) throw new AppError("invalid", "The comment you are replying to is not on this claim any more. Reload the discussion.", { parentId: "Unknown comment." });
      rootId = parent.parentId ?? parent.id;
    }
    const created = await insertComment(tx, { claimId, parentId: rootId, authorId: actor.id, body: input.body, mentionUserIds: notify });
    const eventId = await appendEvent(tx, actor, {
      type: "comment.added",
      targetType: "comment",
      targetId: created.id,
      articleId: claim.articleId,
      claimId,
      after: { body: created.body, parentId: rootId, mentions: created.mentions.map((m) => m.name) },
    });
    // Inbox: the people mentioned, then everyone who wrote in this thread (a mention wins).
    const writers = rootId ? await listThreadAuthorIds(tx, rootId) : [];
    const base = { articleId: claim.articleId, claimId, commentId: created.id, detail: shorten(created.body) };
    await insertNotifications(tx, actor.id, eventId, [
      ...notify.map((userId) => ({ ...base, userId, kind: "mention" as const, summary: `${actor.name} mentioned you in a comment` })),
      ...writers.map((authorId) => ({ ...base, userId: authorId, kind: "reply" as const, summary: `${actor.name} replied in a thread you wrote in` })),
    ]);
    return toCommentView(created);
  });
}
