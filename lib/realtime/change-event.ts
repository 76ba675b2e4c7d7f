import type { ChangeEventPayload } from "@/lib/domain/events";

/**
 * Event types of the public side (issue 13). `publication.*` target the article; before/after
 * carry `{ slug, version, status, claims, corrected }`; a correction's note is the event note.
 */
export const PUBLICATION_EVENT_TYPES = ["publication.published", "publication.republished", "publication.paused"] as const;
export type PublicationEventType = (typeof PUBLICATION_EVENT_TYPES)[number];
/** `rating_scale.updated` (targetType setting) and `claim.rating_moved` (one per moved claim, before/after `{ verdict }`). */
export const RATING_SCALE_EVENT_TYPES = ["rating_scale.updated", "claim.rating_moved"] as const;

/**
 * One row of the Event log as live subscribers and history views see it: the shape of the
 * `data:` of an SSE `change` frame. `type`, `targetType` and the compact `before`/`after`
 * JSON (only the fields that changed) follow the change-event contract in
 * lib/domain/events.ts, so `event.type === "claim.reanchored"` narrows `event.after`.
 * Rows are read (and mapped) in lib/data/events.ts.
 */
export type ChangeEvent = ChangeEventPayload & {
  id: number;
  actor: { id: string; name: string } | null;
  claimId: string | null;
  targetId: string;
  note: string | null;
  createdAt: string;
};

/** A change event routed to an article's subscribers. */
export type ArticleChangeEvent = ChangeEvent & { articleId: string };

/** The SSE payload: the article is implied by the stream, so it is left out. */
export function toWireEvent(event: ChangeEvent): ChangeEvent {
  return {
    id: event.id,
    type: event.type,
    actor: event.actor,
    claimId: event.claimId,
    targetType: event.targetType,
    targetId: event.targetId,
    before: event.before,
    after: event.after,
    note: event.note,
    createdAt: event.createdAt,
  } as ChangeEvent;
}
