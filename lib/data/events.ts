import type { Db, Tx } from "./client";
import { EVENT_LOG_LOCK, EVENTS_CHANNEL, instanceId } from "./postgres/channels";
import type { Actor } from "@/lib/domain/actor";
import { parseEventPayload, type ChangeEventPayload, type EventInput } from "@/lib/domain/events";
import type { ArticleChangeEvent } from "@/lib/realtime/change-event";
import { readInChunks } from "./chunked";
import { fastDb, statement } from "./sqlite/write-connection";

export type { EventInput };

type Client = Tx | Db;

/**
 * The Event log (issue 16): the one writer every write path uses, in the caller's
 * transaction (so an event exists exactly when its change does), and the readers of the log.
 * After the commit, `writeTransaction` wakes the live feed.
 */

/** The one row shape of an event, for the single and the batch form. */
function eventRow(actor: Pick<Actor, "id"> | null, input: EventInput) {
  return {
    type: input.type,
    actorId: actor?.id ?? null,
    targetType: input.targetType,
    targetId: input.targetId,
    articleId: input.articleId ?? null,
    claimId: input.claimId ?? null,
    before: input.before === undefined || input.before === null ? null : JSON.stringify(input.before),
    after: input.after === undefined || input.after === null ? null : JSON.stringify(input.after),
    note: input.note ?? null,
  };
}

type EventRowValues = ReturnType<typeof eventRow>;

// Outside production every row is checked against the contract before it is written, so a
// writer that drifts from lib/domain/events.ts fails its tests instead of storing it.
const CHECK_CONTRACT = process.env.NODE_ENV !== "production";

function checkContract(row: EventRowValues): void {
  const parsed = parseEventPayload({
    type: row.type,
    targetType: row.targetType,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  });
  if (!parsed.success) {
    throw new Error(`Event ${row.type} does not match the change-event contract (lib/domain/events.ts): ${parsed.error.message}`);
  }
}

/** Rows per INSERT, well under SQLite's 32,766 parameters (11 per row). */
const BATCH_ROWS = 500;
const COLUMNS = ["type", "actorId", "targetType", "targetId", "articleId", "claimId", "before", "after", "note", "createdAt", "updatedAt"] as const;
const INSERT = `INSERT INTO "Event" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES `;

/** `(?, ?, …)` per row on SQLite, `($1, $2, …)` numbered on PostgreSQL. */
function valuesSql(rowCount: number, postgres: boolean): string {
  const rows: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    rows.push(`(${COLUMNS.map((_, c) => (postgres ? `$${r * COLUMNS.length + c + 1}` : "?")).join(", ")})`);
  }
  return rows.join(", ");
}

/** Which database a handle talks to (the two generated clients name their provider). */
export function isPostgresClient(client: Client): boolean {
  const provider = (client as unknown as { _activeProvider?: string })._activeProvider ?? (client as unknown as { _engineConfig?: { activeProvider?: string } })._engineConfig?.activeProvider;
  if (provider) return provider === "postgresql";
  return /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "");
}

/**
 * PostgreSQL: the statement an Event-writing transaction runs before its first INSERT (issue
 * 12). A sequence hands out ids when rows are inserted, not when they commit, so two
 * transactions can commit out of id order and a reader of `id > lastSeen` that saw 12 before
 * 11 committed would skip 11 for ever. Under this transaction-scoped advisory lock only one
 * transaction at a time is between "my first event id" and its commit (the lock is released
 * after the commit is visible), so ids become visible in order and `id > lastSeen` is a
 * commit-ordered cursor. Taking it again in the same transaction is free. The NOTIFY is
 * delivered at commit (never on rollback) and wakes the other instances' tailers.
 */
export const COMMIT_ORDER_SQL = `SELECT pg_advisory_xact_lock(${EVENT_LOG_LOCK})::text AS "locked", pg_notify('${EVENTS_CHANNEL}', $1)::text AS "notified"`;

/**
 * Appends events in the caller's transaction, in order, by one actor, and returns their ids
 * (ascending). One INSERT per 500 rows: a revision that re-anchors 2,000 claims or a bulk
 * review of 500 costs a few milliseconds, where one ORM create per row cost about a second.
 * On PostgreSQL the transaction first takes the event log's commit-order lock (above), so
 * call this as late in the transaction as the work allows: the lock is held until commit.
 * On SQLite there is one writer at a time, so ids are already in commit order.
 */
export async function appendEvents(tx: Tx, actor: Pick<Actor, "id"> | null, inputs: readonly EventInput[]): Promise<number[]> {
  if (inputs.length === 0) return [];
  const postgres = isPostgresClient(tx);
  // Timestamps in the format Prisma stores: on SQLite ISO 8601 with an explicit offset; on
  // PostgreSQL the parameter takes the column's type (timestamp(3), UTC) from the INSERT.
  const iso = new Date().toISOString();
  const now = postgres ? iso : iso.replace("Z", "+00:00");
  const ids: number[] = [];
  if (postgres) await tx.$queryRawUnsafe(COMMIT_ORDER_SQL, instanceId());
  for (let i = 0; i < inputs.length; i += BATCH_ROWS) {
    const rows = inputs.slice(i, i + BATCH_ROWS).map((input) => eventRow(actor, input));
    if (CHECK_CONTRACT) rows.forEach(checkContract);
    const params = rows.flatMap((row) => [row.type, row.actorId, row.targetType, row.targetId, row.articleId, row.claimId, row.before, row.after, row.note, now, now]);
    const sql = `${INSERT}${valuesSql(rows.length, postgres)} RETURNING "id"`;
    // In a hot write on SQLite (issue 16, item 7): the same INSERT as a cached prepared statement.
    const fast = fastDb(tx);
    const inserted = fast ? (statement(fast, sql).all(...params) as Array<{ id: number }>) : await tx.$queryRawUnsafe<Array<{ id: number | bigint }>>(sql, ...params);
    for (const row of inserted) ids.push(Number(row.id));
  }
  return ids.sort((a, b) => a - b);
}

/** Appends one event (the batch writer with one row) and returns its id. */
export async function appendEvent(tx: Tx, actor: Pick<Actor, "id"> | null, input: EventInput): Promise<number> {
  const [id] = await appendEvents(tx, actor, [input]);
  return id;
}

// ---------------------------------------------------------------------------------------
// Reading the log

/** The columns an Event read selects, so every reader maps the same shape. */
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
    // A hand-written row: show it as text rather than drop the event.
    return value;
  }
}

/**
 * A stored row as a typed change event. Rows are written through the contract; a row that
 * does not fit it (written by hand, or by an older Factdesk) is still passed on as stored,
 * because the history must show everything that happened.
 */
export function toChangeEvent(row: EventRow): ArticleChangeEvent {
  const payload = { type: row.type, targetType: row.targetType, before: parseJson(row.before), after: parseJson(row.after) } as ChangeEventPayload;
  return {
    id: row.id,
    actor: row.actor ? { id: row.actor.id, name: row.actor.name } : null,
    articleId: row.articleId ?? "",
    claimId: row.claimId,
    targetId: row.targetId,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    ...payload,
  };
}

/** A claim's events, newest first, `limit + 1` of them (the extra one says "there is more"). */
export async function listClaimEvents(client: Client, claimId: string, page: { before?: number; limit: number }): Promise<ArticleChangeEvent[]> {
  const rows = await client.event.findMany({
    where: { claimId, ...(page.before ? { id: { lt: page.before } } : {}) },
    orderBy: { id: "desc" },
    take: page.limit + 1,
    select: changeEventSelect,
  });
  return rows.map(toChangeEvent);
}

/** An article's events, newest first, `limit + 1` of them, each with its claim's quote. */
export async function listArticleEvents(client: Client, articleId: string, page: { before?: number; limit: number }): Promise<Array<{ event: ArticleChangeEvent; claimExact: string | null }>> {
  const rows = await client.event.findMany({
    where: { articleId, ...(page.before ? { id: { lt: page.before } } : {}) },
    orderBy: { id: "desc" },
    take: page.limit + 1,
    select: { ...changeEventSelect, claim: { select: { exact: true } } },
  });
  return rows.map((row) => ({ event: toChangeEvent(row), claimExact: row.claim?.exact ?? null }));
}

export async function latestArticleEventId(client: Client, articleId: string): Promise<number> {
  const row = await client.event.findFirst({ where: { articleId }, orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0;
}

/** The newest event id of the whole log (0 when empty). */
export async function latestEventId(client: Client): Promise<number> {
  const row = await client.event.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0;
}

/** One event of one claim (null when the id is not in that claim's history). */
export async function findClaimEvent(client: Client, eventId: number, claimId: string): Promise<ArticleChangeEvent | null> {
  const row = await client.event.findFirst({ where: { id: eventId, claimId }, select: changeEventSelect });
  return row ? toChangeEvent(row) : null;
}

/** Who made the newest change to a claim (for a conflict message). */
export async function lastClaimChangeBy(client: Client, claimId: string): Promise<string | null> {
  const fast = fastDb(client);
  if (fast) {
    const row = statement(fast, `SELECT u."name" FROM "Event" e LEFT JOIN "User" u ON u."id" = e."actorId" WHERE e."claimId" = ? ORDER BY e."id" DESC LIMIT 1`).get(claimId) as { name: string | null } | undefined;
    return row?.name ?? null;
  }
  const row = await client.event.findFirst({ where: { claimId }, orderBy: { id: "desc" }, select: { actor: { select: { name: true } } } });
  return row?.actor?.name ?? null;
}

/** The newest change of an article's own details or text: who and when. */
export async function lastArticleChange(client: Client, articleId: string): Promise<{ actor: { id: string; name: string } | null; createdAt: Date } | null> {
  return client.event.findFirst({
    where: { articleId, targetType: "article", type: { startsWith: "article." } },
    orderBy: { id: "desc" },
    select: { createdAt: true, actor: { select: { id: true, name: true } } },
  });
}

/** Per person who changed anything in an article: their name, how many events, and the newest one's time. */
export async function eventCountsByActor(client: Client, articleId: string): Promise<Array<{ actorId: string; name: string | null; events: number; lastAt: Date | null }>> {
  const groups = await client.event.groupBy({ by: ["actorId"], where: { articleId, actorId: { not: null } }, _count: { _all: true }, _max: { createdAt: true } });
  const people = await client.user.findMany({ where: { id: { in: groups.map((g) => g.actorId!) } }, select: { id: true, name: true } });
  const names = new Map(people.map((p) => [p.id, p.name]));
  return groups.map((g) => ({ actorId: g.actorId!, name: names.get(g.actorId!) ?? null, events: g._count._all, lastAt: g._max.createdAt }));
}

export interface ClaimHistoryEvent {
  id: number;
  claimId: string;
  type: string;
  actor: { name: string; email: string } | null;
  createdAt: Date;
  before: unknown;
  after: unknown;
  note: string | null;
}

/** Every event of these claims, oldest first, with the actor's name and email (exports). */
export async function listEventsOfClaims(client: Client, claimIds: readonly string[]): Promise<ClaimHistoryEvent[]> {
  const rows = await readInChunks(claimIds, (chunk) =>
    client.event.findMany({
      where: { claimId: { in: chunk } },
      select: { id: true, claimId: true, type: true, createdAt: true, before: true, after: true, note: true, actor: { select: { name: true, email: true } } },
    }),
  );
  rows.sort((a, b) => a.id - b.id);
  return rows.map((e) => ({ ...e, claimId: e.claimId!, before: parseJson(e.before), after: parseJson(e.after) }));
}
