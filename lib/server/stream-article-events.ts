import type { Actor } from "@/lib/domain/actor";
import { AppError, notFound } from "@/lib/domain/errors";
import { createArticleEventStream, type ArticleFeed } from "@/lib/realtime/article-stream";
import { futureCursorMessage, parseCursor } from "@/lib/realtime/cursor";
import { sharedEventTailer } from "@/lib/realtime/event-tailer";
import { articleExists } from "@/lib/data/articles";
import { latestArticleEventId, latestEventId, listenForOtherInstances, prismaChangeFeed, readArticleBacklog } from "@/lib/data/event-feed";
import { withDb } from "@/lib/data/handle";
import { authorize } from "./support/authorize";
import { presenceHub } from "./support/presence";

const feed: ArticleFeed = {
  subscribe: (articleId, onEvents) => sharedEventTailer(() => prismaChangeFeed).subscribe(articleId, onEvents),
  readBacklog: readArticleBacklog,
  latestId: latestArticleEventId,
};

/**
 * Opens an article's live change feed (SSE). A client resuming with `Last-Event-ID` (or
 * `?after=`) first gets every change it missed, in order, then live ones. A cursor that is
 * not an event id, or is newer than the newest stored event (another database), is refused
 * with 400 and a message: replaying or skipping would both show the user a wrong state.
 */
export async function streamArticleEvents(
  actor: Actor,
  articleId: string,
  request: { lastEventId?: string | null; after?: string | null; signal?: AbortSignal },
): Promise<ReadableStream<Uint8Array>> {
  authorize(actor, "article.read");
  const cursor = parseCursor(request.lastEventId, request.after);
  if (!cursor.ok) throw new AppError("bad_request", cursor.message);
  if (!(await withDb((db) => articleExists(db, articleId)))) throw notFound("The article");
  if (cursor.after !== null) {
    const latest = await latestEventId();
    if (cursor.after > latest) throw new AppError("bad_request", futureCursorMessage(cursor.after, latest));
  }
  await listenForOtherInstances();
  return createArticleEventStream({ articleId, after: cursor.after, feed, presence: presenceHub(), signal: request.signal });
}
