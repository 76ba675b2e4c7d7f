import { createDb, db, type Db } from "./client";
import { databaseUrl } from "./database-url";
import { changeEventSelect, isPostgresClient, latestArticleEventId as latestOfArticle, latestEventId as latestOfLog, toChangeEvent } from "./events";
import { EVENTS_CHANNEL, instanceId } from "./postgres/channels";
import type { ArticleChangeEvent } from "@/lib/realtime/change-event";
import type { ChangeFeedReader } from "@/lib/realtime/event-tailer";
import { notifyEventsCommitted } from "@/lib/realtime/notify";

/**
 * Reads of the Event log for the live feed, through the data layer's client factory, on
 * either database (issue 12).
 *
 * SQLite: on a connection of its own. The app's client (`db`) shares ONE better-sqlite3
 * connection between every query of the process, and its adapter only serialises
 * transactions against each other: a plain read made while another request's write
 * transaction is open sees that transaction's uncommitted Event row (verified). Streaming
 * such a row would push a change that may still roll back, and move the tailer's `lastSeen`
 * past it. A second connection cannot see uncommitted rows (WAL gives each statement the last
 * committed snapshot), needs no transaction, and never waits for the app's write lock.
 *
 * PostgreSQL: the app's pool. Every statement outside a transaction sees only committed rows,
 * and appendEvents makes ids visible in commit order (its advisory lock), so `id > lastSeen`
 * never skips an event that commits later with a smaller id.
 */
const globalForFeed = globalThis as unknown as { factdeskFeedDb?: Db; factdeskFeedListening?: boolean };

function feedDb(): Db {
  if (isPostgresClient(db)) return db;
  return (globalForFeed.factdeskFeedDb ??= createDb());
}

/**
 * Wakes this instance's live feeds (article streams and the bell) when another instance
 * commits events: on PostgreSQL through the instance's one LISTEN connection (its own commits
 * already woke it in-process, so their echo is skipped); on SQLite there is no push, and the
 * tailer's 1 s interval read and the bell's re-count are the cross-instance path. Idempotent.
 */
export async function listenForOtherInstances(): Promise<void> {
  if (globalForFeed.factdeskFeedListening || !isPostgresClient(db)) return;
  globalForFeed.factdeskFeedListening = true;
  const { onNotification } = await import("./postgres/change-waker");
  const self = instanceId();
  onNotification(postgresUrl(), EVENTS_CHANNEL, (payload) => {
    if (payload !== self) notifyEventsCommitted();
  });
}

/** The PostgreSQL connection string the LISTEN connection uses (the app's DATABASE_URL). */
export function postgresUrl(): string {
  return databaseUrl();
}

export const prismaChangeFeed: ChangeFeedReader = {
  async readAfter(after, limit) {
    const rows = await feedDb().event.findMany({ where: { id: { gt: after }, articleId: { not: null } }, orderBy: { id: "asc" }, take: limit, select: changeEventSelect });
    return rows.map(toChangeEvent);
  },
  latestId: latestEventId,
};

export function latestEventId(): Promise<number> {
  return latestOfLog(feedDb());
}

/** One article's events after a cursor (a reconnecting client's backlog), ascending. */
export async function readArticleBacklog(articleId: string, after: number, limit: number): Promise<ArticleChangeEvent[]> {
  const rows = await feedDb().event.findMany({ where: { articleId, id: { gt: after } }, orderBy: { id: "asc" }, take: limit, select: changeEventSelect });
  return rows.map(toChangeEvent);
}

export function latestArticleEventId(articleId: string): Promise<number> {
  return latestOfArticle(feedDb(), articleId);
}
