import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";
import { appendEvent } from "@/lib/data/events";
import { findOwnMention, markMentionReadRow } from "@/lib/data/comments";
import { writeTransaction } from "@/lib/data/transaction";

/**
 * Marks one of the actor's mentions read (when they open it). Someone else's mention is
 * "not found", so ids cannot be probed. The event carries no article: it is the reader's
 * own business and is not streamed to the article's viewers.
 */
export async function markMentionRead(actor: Actor, mentionId: string): Promise<{ id: string; readAt: string }> {
  authorize(actor, "mention.read");
  return writeTransaction(async (tx) => {
    const mention = await findOwnMention(tx, mentionId, actor.id);
    if (!mention) throw notFound("The mention");
    if (mention.readAt) return { id: mention.id, readAt: mention.readAt };
    const readAt = new Date();
    await markMentionReadRow(tx, mentionId, readAt);
    await appendEvent(tx, actor, { type: "mention.read", targetType: "comment", targetId: mention.commentId, before: { readAt: null }, after: { mentionId, readAt } });
    return { id: mention.id, readAt: readAt.toISOString() };
  });
}
