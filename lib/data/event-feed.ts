import { createDb, type Db } from "./client";
import { changeEventSelect, latestArticleEventId as latestOfArticle, latestEventId as latestOfLog, toChangeEvent } from "./events";
import type { ArticleChangeEvent } from "@/lib/realtime/change-event";
import type { ChangeFeedReader } from "@/lib/realtime/event-tailer";

/**
 * Reads of the Event log for the live feed, on a connection of their own.
 *
 * The app's client (`db`) shares ONE better-sqlite3 connection between every query of the
 * process, and its adapter only serialises transactions against each other: a plain read
 * made while another request's write transaction is open sees that transaction's
 * uncommitted Event row (verified). Streaming such a row would push a change that may still
 * roll back, and move the tailer's `lastSeen` past it. A second connection cannot see
 * uncommitted rows (SQLite WAL gives each statement the last committed snapshot), needs no
 * transaction, and never waits for the app's write lock.
 */
const globalForFeed = globalThis as unknown as { factdeskFeedDb?: Db };

function feedDb(): Db {
  return (globalForFeed.factdeskFeedDb ??= createDb());
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
