import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/domain/actor";
import { notifyEventsCommitted } from "@/lib/realtime/notify";

export interface EventInput {
  /** Dotted type, e.g. "claim.created", "claim.updated", "source.linked". */
  type: string;
  targetType: "article" | "claim" | "source" | "comment" | "user" | "token" | "setting" | "revision";
  targetId: string;
  articleId?: string | null;
  claimId?: string | null;
  /** Compact before/after: only the fields that changed. */
  before?: unknown;
  after?: unknown;
  note?: string | null;
}

/**
 * Appends one audit/change-feed row inside the caller's transaction, so the event exists
 * exactly when the change does. Call `notifyEventsCommitted()` after the transaction
 * commits (use cases do this through `runUseCase`) to push it to live subscribers.
 */
export async function appendEvent(tx: Tx, actor: Pick<Actor, "id"> | null, input: EventInput): Promise<number> {
  const row = await tx.event.create({
    data: {
      type: input.type,
      actorId: actor?.id ?? null,
      targetType: input.targetType,
      targetId: input.targetId,
      articleId: input.articleId ?? null,
      claimId: input.claimId ?? null,
      before: input.before === undefined ? null : JSON.stringify(input.before),
      after: input.after === undefined ? null : JSON.stringify(input.after),
      note: input.note ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

export { notifyEventsCommitted };
