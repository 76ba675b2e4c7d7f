import type { Tx } from "@/lib/data/client";
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
  const row = await tx.event.create({ data: eventRow(actor, input), select: { id: true } });
  return row.id;
}

/** The one row shape of an event, for the single and the batch writer. */
function eventRow(actor: Pick<Actor, "id"> | null, input: EventInput) {
  return {
    type: input.type,
    actorId: actor?.id ?? null,
    targetType: input.targetType,
    targetId: input.targetId,
    articleId: input.articleId ?? null,
    claimId: input.claimId ?? null,
    before: input.before === undefined ? null : JSON.stringify(input.before),
    after: input.after === undefined ? null : JSON.stringify(input.after),
    note: input.note ?? null,
  };
}

/** Rows per INSERT, well under SQLite's 32,766 parameters (11 per row). */
const BATCH_ROWS = 500;
const COLUMNS = ["type", "actorId", "targetType", "targetId", "articleId", "claimId", "before", "after", "note", "createdAt", "updatedAt"] as const;

/**
 * Appends many events in the caller's transaction, in order, by one actor (e.g. every claim
 * re-anchored by a revision). Prisma's createMany costs about 1 ms per row here; one INSERT
 * per 500 rows costs a few ms. Same rows as `appendEvent`.
 */
export async function appendEvents(tx: Tx, actor: Pick<Actor, "id"> | null, inputs: readonly EventInput[]): Promise<void> {
  // Timestamps in the format Prisma stores (ISO 8601 with an explicit offset).
  const now = new Date().toISOString().replace("Z", "+00:00");
  for (let i = 0; i < inputs.length; i += BATCH_ROWS) {
    const chunk = inputs.slice(i, i + BATCH_ROWS);
    const params = chunk.flatMap((input) => {
      const row = eventRow(actor, input);
      return [row.type, row.actorId, row.targetType, row.targetId, row.articleId, row.claimId, row.before, row.after, row.note, now, now];
    });
    const placeholders = `(${COLUMNS.map(() => "?").join(", ")})`;
    await tx.$executeRawUnsafe(
      `INSERT INTO "Event" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${chunk.map(() => placeholders).join(", ")}`,
      ...params,
    );
  }
}

export { notifyEventsCommitted };
