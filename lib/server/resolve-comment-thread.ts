import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { resolveThreadSchema, type ResolveThreadInput } from "@/lib/validation/comment";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { appendEvent } from "@/lib/data/events";
import { findCommentPlace, findThreadRoot, setThreadResolved } from "@/lib/data/comments";
import { writeTransaction } from "@/lib/data/transaction";

export interface ThreadState {
  rootId: string;
  resolvedAt: string | null;
  resolvedBy: { id: string; name: string } | null;
}

/**
 * Marks a discussion thread resolved, or reopens it. The state lives on the thread's first
 * comment; naming any comment of the thread acts on the whole thread.
 */
export async function resolveCommentThread(actor: Actor, commentId: string, raw: ResolveThreadInput): Promise<ThreadState> {
  authorize(actor, "comment.create");
  const input = parseInput(resolveThreadSchema, raw);
  return writeTransaction(async (tx) => {
    const target = await findCommentPlace(tx, commentId);
    if (!target) throw notFound("The comment");
    const rootId = target.parentId ?? target.id;
    const root = await findThreadRoot(tx, rootId);
    if (!root) throw notFound("The thread");
    if (!!root.resolvedAt === input.resolved) {
      return { rootId, resolvedAt: root.resolvedAt, resolvedBy: root.resolvedAt ? root.resolvedBy : null };
    }
    const resolvedAt = input.resolved ? new Date() : null;
    await setThreadResolved(tx, rootId, resolvedAt, input.resolved ? actor.id : null);
    await appendEvent(tx, actor, {
      type: input.resolved ? "comment.resolved" : "comment.reopened",
      targetType: "comment",
      targetId: rootId,
      articleId: root.articleId,
      claimId: root.claimId,
      before: { resolvedAt: root.resolvedAt },
      after: { resolvedAt },
    });
    return { rootId, resolvedAt: resolvedAt?.toISOString() ?? null, resolvedBy: input.resolved ? { id: actor.id, name: actor.name } : null };
  });
}
