import { z } from "zod";

/**
 * The change-event contract (issue 16): one member per event type Factdesk writes, with the
 * shape of its `before`/`after` payloads. The Event log is the audit trail, the history, the
 * live feed and the export's history, so this is the one place that says what a row may hold.
 *
 * - Writers (`appendEvent`/`appendEvents` in lib/data/events.ts) take an `EventInput`, typed
 *   per member, and check each row against this union outside production (every test run
 *   checks every event written).
 * - Readers (history, activity, revert, live feed, export) get `ChangeEvent`s whose
 *   before/after are typed by `type`.
 *
 * Payloads are JSON: dates are ISO strings once stored (writers may pass Date objects). The
 * objects are loose (extra keys kept) so that an older row with more fields still reads, but
 * the keys each member relies on are typed. Absent before/after is stored as null.
 */

const date = z.union([z.string(), z.date()]);
const person = z.looseObject({ id: z.string(), name: z.string() });
const version = z.number().int();
/** Fields every claim edit records after the change (the client's merge needs them). */
const claimStamp = { version, updatedAt: date.optional(), updatedBy: person.optional() };
const loose = z.looseObject({});
const span = { exact: z.string(), start: z.number().int(), end: z.number().int(), prefix: z.string().optional(), suffix: z.string().optional() };
const anchorStatus = z.enum(["anchored", "changed", "orphan"]);
const reviewState = z.enum(["open", "needs_review", "approved"]);
/** A claim as the API shows it (ClaimView), in created/restored events. */
const claimSnapshot = z.looseObject({ id: z.string(), articleId: z.string(), ...span, anchorStatus, verdict: z.string(), reviewState, version });
const linkedSource = z.looseObject({ sourceId: z.string(), url: z.string(), title: z.string(), stance: z.string() });
const publicationState = z.looseObject({ slug: z.string().optional(), version: z.number().int(), status: z.string() });

const TARGETS = ["article", "claim", "source", "comment", "user", "token", "setting"] as const;
export type EventTargetType = (typeof TARGETS)[number];

function member<T extends string, Target extends EventTargetType, B extends z.ZodType, A extends z.ZodType>(type: T, targetType: Target, before: B, after: A) {
  return z.object({ type: z.literal(type), targetType: z.literal(targetType), before, after });
}

const none = z.null();
const reviewStep = (type: string) =>
  member(type, "claim", z.looseObject({ reviewState }), z.looseObject({ reviewState, ...claimStamp, approvedBy: person.nullable().optional(), approvedAt: date.nullable().optional() }));

export const changeEventPayloadSchema = z.discriminatedUnion("type", [
  // Claims
  member("claim.created", "claim", none, claimSnapshot),
  member("claim.updated", "claim", loose, z.looseObject({ ...claimStamp, verdictSetBy: person.nullable().optional(), assignee: person.nullable().optional() })),
  member("claim.span_moved", "claim", z.looseObject(span), z.looseObject({ ...span, ...claimStamp })),
  member("claim.deleted", "claim", z.looseObject({ deletedAt: z.null() }), z.looseObject({ deletedAt: date, version })),
  member("claim.restored", "claim", z.looseObject({ deletedAt: date }), claimSnapshot),
  member("claim.reverted", "claim", loose, z.looseObject({ ...claimStamp })),
  member(
    "claim.reanchored",
    "claim",
    z.looseObject({ exact: z.string(), start: z.number().int(), end: z.number().int(), anchorStatus }),
    z.looseObject({ exact: z.string(), start: z.number().int(), end: z.number().int(), anchorStatus, previousExact: z.string().nullable(), version }),
  ),
  member("claim.rating_moved", "claim", z.looseObject({ verdict: z.string() }), z.looseObject({ verdict: z.string() })),
  // Sources on a claim
  member("source.linked", "source", none, z.looseObject({ source: linkedSource, version })),
  member("source.relinked", "source", z.looseObject({ stance: z.string(), excerpt: z.string().nullable() }), z.looseObject({ source: linkedSource, version })),
  member("source.unlinked", "source", z.looseObject({ sourceId: z.string(), url: z.string(), title: z.string(), stance: z.string() }), z.looseObject({ version })),
  // Review
  reviewStep("review.submitted"),
  reviewStep("review.approved"),
  reviewStep("review.sent_back"),
  reviewStep("review.reopened"),
  member("review.text_changed", "claim", z.looseObject({ reviewState }), z.looseObject({ reviewState, version })),
  member(
    "review.approval_imported",
    "claim",
    z.looseObject({ reviewState }),
    z.looseObject({ reviewState, originallyApprovedBy: z.string().nullable(), originallyApprovedAt: z.string().nullable() }),
  ),
  // Comments
  member("comment.added", "comment", none, z.looseObject({ body: z.string(), parentId: z.string().nullable(), mentions: z.array(z.string()) })),
  member("comment.edited", "comment", z.looseObject({ body: z.string() }), z.looseObject({ body: z.string() })),
  member("comment.deleted", "comment", z.looseObject({ body: z.string(), parentId: z.string().nullable(), authorId: z.string() }), z.looseObject({ deletedAt: date })),
  member("comment.resolved", "comment", z.looseObject({ resolvedAt: date.nullable() }), z.looseObject({ resolvedAt: date.nullable() })),
  member("comment.reopened", "comment", z.looseObject({ resolvedAt: date.nullable() }), z.looseObject({ resolvedAt: date.nullable() })),
  member("mention.read", "comment", z.looseObject({ readAt: z.null() }), z.looseObject({ mentionId: z.string(), readAt: date })),
  // Articles
  member("article.created", "article", none, z.looseObject({ title: z.string() })),
  member(
    "article.revised",
    "article",
    z.looseObject({ version, revisionNumber: z.number().int() }),
    z.looseObject({ version, revisionNumber: z.number().int(), summary: z.looseObject({ kept: z.number(), changed: z.number(), orphaned: z.number() }) }),
  ),
  member(
    "article.imported",
    "article",
    none,
    z.looseObject({ title: z.string(), format: z.string(), claims: z.number().int(), orphaned: z.number().int(), approvalsKept: z.number().int() }),
  ),
  member("suggestion.dismissed", "article", none, z.looseObject({ key: z.string(), dismissalId: z.string() })),
  member("suggestion.restored", "article", z.looseObject({ key: z.string(), dismissalId: z.string() }), none),
  // The public page
  member("publication.published", "article", none, publicationState),
  member("publication.republished", "article", z.looseObject({ version, status: z.string() }), publicationState),
  member("publication.paused", "article", z.looseObject({ version, status: z.string() }), publicationState),
  // Settings
  member("rating_scale.updated", "setting", loose.nullable(), loose),
  member("setting.updated", "setting", z.looseObject({ value: z.unknown() }), z.looseObject({ value: z.unknown() })),
  // People and tokens
  member("user.created", "user", none, z.looseObject({ email: z.string(), role: z.string() })),
  member("user.updated", "user", loose, loose),
  member("user.role_changed", "user", loose, z.looseObject({ role: z.string() })),
  member("user.deactivated", "user", loose, z.looseObject({ active: z.literal(false) })),
  member("user.reactivated", "user", loose, z.looseObject({ active: z.literal(true) })),
  member("token.created", "token", none, z.looseObject({ name: z.string(), prefix: z.string(), scope: z.string(), expiresAt: date.nullable() })),
  member("token.revoked", "token", z.looseObject({ revokedAt: z.null() }), z.looseObject({ revokedAt: date })),
]);

/** `{ type, targetType, before, after }` of one event, typed by `type`. */
export type ChangeEventPayload = z.output<typeof changeEventPayloadSchema>;
export type EventType = ChangeEventPayload["type"];
export const EVENT_TYPES = changeEventPayloadSchema.options.map((o) => o.shape.type.value) as EventType[];

type PayloadOf<T extends EventType> = Extract<ChangeEventPayload, { type: T }>;

/**
 * A payload as a writer may pass it: the contract's keys without the loose index signature
 * (so a ClaimView or RatingScale, declared as interfaces, fits), Date where a date is stored.
 */
type Writable<V> = V extends Date | string | number | boolean | null | undefined
  ? V
  : V extends ReadonlyArray<infer E>
    ? ReadonlyArray<Writable<E>>
    : V extends object
      ? { [K in keyof V as string extends K ? never : K]: Writable<V[K]> } & object
      : V;

/**
 * What a use case hands the writer: the member's payloads (absent `before`/`after` may be left
 * out), where the event belongs (`articleId`/`claimId` route it to live subscribers) and an
 * optional note shown with it in the history.
 */
export type EventInput = {
  [T in EventType]: {
    type: T;
    targetType: PayloadOf<T>["targetType"];
    targetId: string;
    articleId?: string | null;
    claimId?: string | null;
    note?: string | null;
  } & (null extends PayloadOf<T>["before"] ? { before?: Writable<PayloadOf<T>["before"]> } : { before: Writable<PayloadOf<T>["before"]> }) &
    (null extends PayloadOf<T>["after"] ? { after?: Writable<PayloadOf<T>["after"]> } : { after: Writable<PayloadOf<T>["after"]> });
}[EventType];

/** Checks a stored (JSON) payload against the contract. */
export function parseEventPayload(value: { type: string; targetType: string; before: unknown; after: unknown }) {
  return changeEventPayloadSchema.safeParse(value);
}
