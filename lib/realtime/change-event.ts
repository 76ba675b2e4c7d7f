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
 * `data:` of an SSE `change` frame. `before`/`after` are the compact JSON the use case
 * recorded (only the fields that changed).
 */
export interface ChangeEvent {
  id: number;
  type: string;
  actor: { id: string; name: string } | null;
  claimId: string | null;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  note: string | null;
  createdAt: string;
}

/** A change event routed to an article's subscribers. */
export interface ArticleChangeEvent extends ChangeEvent {
  articleId: string;
}

/** The columns an Event read selects (Prisma `select`), so every reader maps the same shape. */
export const changeEventSelect = {
  id: true,
  type: true,
  articleId: true,
  claimId: true,
  targetType: true,
  targetId: true,
  before: true,
  after: true,
  note: true,
  createdAt: true,
  actor: { select: { id: true, name: true } },
} as const;

export interface EventRow {
  id: number;
  type: string;
  articleId: string | null;
  claimId: string | null;
  targetType: string;
  targetId: string;
  before: string | null;
  after: string | null;
  note: string | null;
  createdAt: Date;
  actor: { id: string; name: string } | null;
}

function parseJson(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    // A hand-written or legacy row: show it as text rather than drop the event.
    return value;
  }
}

export function toChangeEvent(row: EventRow): ArticleChangeEvent {
  return {
    id: row.id,
    type: row.type,
    actor: row.actor ? { id: row.actor.id, name: row.actor.name } : null,
    articleId: row.articleId ?? "",
    claimId: row.claimId,
    targetType: row.targetType,
    targetId: row.targetId,
    before: parseJson(row.before),
    after: parseJson(row.after),
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

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
  };
}
