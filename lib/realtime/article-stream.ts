import type { ChangeEvent } from "./change-event";
import type { PresenceUser } from "./presence";
import { changeFrame, commentFrame, presenceFrame, retryFrame } from "./sse-format";

/** Where the stream gets its events; the real one is the event tailer plus Event reads. */
export interface ArticleFeed {
  /** Live events of the article from now on; resolves once registered. */
  subscribe(articleId: string, onEvents: (events: ChangeEvent[]) => void): Promise<() => void>;
  /** Stored events with id > after, ascending, at most `limit`. */
  readBacklog(articleId: string, after: number, limit: number): Promise<ChangeEvent[]>;
  /** The newest stored event id of the article (where a client without a cursor starts). */
  latestId(articleId: string): Promise<number>;
}

export interface PresenceFeed {
  list(articleId: string): Promise<PresenceUser[]> | PresenceUser[];
  subscribe(articleId: string, listener: (users: PresenceUser[]) => void): () => void;
}

export interface ArticleStreamOptions {
  articleId: string;
  /** Resume after this event id; null = live changes only, from the moment of connecting. */
  after: number | null;
  feed: ArticleFeed;
  presence?: PresenceFeed;
  signal?: AbortSignal;
  heartbeatMs?: number;
  retryMs?: number;
  /**
   * The stream ends after this long; EventSource reconnects on its own (with Last-Event-ID),
   * which re-checks the user's session and role without a per-connection timer query.
   */
  maxLifetimeMs?: number;
  backlogPageSize?: number;
  /** A client that stops reading is dropped after this many queued frames; it resumes later. */
  maxQueuedFrames?: number;
}

// The tailer hands the same event object to every subscriber of an article: serialise and
// encode it once, not once per connection (at 100 viewers that is most of the fan-out cost).
const encodedFrames = new WeakMap<ChangeEvent, Uint8Array>();
const sharedEncoder = new TextEncoder();

function encodedChangeFrame(event: ChangeEvent): Uint8Array {
  let bytes = encodedFrames.get(event);
  if (!bytes) encodedFrames.set(event, (bytes = sharedEncoder.encode(changeFrame(event))));
  return bytes;
}

export const HEARTBEAT_MS = 15_000;
export const RETRY_MS = 2_000;
export const MAX_LIFETIME_MS = 10 * 60_000;

/**
 * One article's change feed as an SSE byte stream, with nothing skipped or sent twice:
 *   1. subscribe to live events first, buffering them;
 *   2. read the stored backlog after the client's cursor (in pages) and send it;
 *   3. flush the buffer, skipping every id already sent, then send live events as they come.
 * An event committed during step 2 is in the backlog, the buffer, or both; never in neither.
 */
export function createArticleEventStream(options: ArticleStreamOptions): ReadableStream<Uint8Array> {
  const { articleId, feed, presence, signal } = options;
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const pageSize = options.backlogPageSize ?? 500;
  const maxQueued = options.maxQueuedFrames ?? 2_000;
  const encoder = new TextEncoder();

  let closed = false;
  let lastSent = options.after ?? 0;
  let backlogDone = false;
  let buffer: ChangeEvent[] = [];
  const cleanups: (() => void)[] = [];
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | null = null;

  const close = () => {
    if (closed) return;
    closed = true;
    for (const cleanup of cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // best effort: the connection is going away anyway
      }
    }
    try {
      controllerRef?.close();
    } catch {
      // already closed or errored by the runtime
    }
  };

  const write = (frame: string | Uint8Array) => {
    if (closed || !controllerRef) return;
    // A client that stopped reading: drop it rather than buffer without bound; it resumes
    // from its Last-Event-ID when it reconnects.
    if ((controllerRef.desiredSize ?? 0) < -maxQueued) return close();
    try {
      controllerRef.enqueue(typeof frame === "string" ? encoder.encode(frame) : frame);
    } catch {
      close();
    }
  };

  const send = (events: ChangeEvent[]) => {
    for (const event of events) {
      if (event.id <= lastSent) continue;
      write(encodedChangeFrame(event));
      lastSent = event.id;
    }
  };

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      controllerRef = controller;
      if (signal?.aborted) return close();
      const onAbort = () => close();
      signal?.addEventListener("abort", onAbort);
      cleanups.push(() => signal?.removeEventListener("abort", onAbort));
      write(retryFrame(options.retryMs ?? RETRY_MS));
      try {
        const unsubscribe = await feed.subscribe(articleId, (events) => {
          if (closed) return;
          if (backlogDone) send(events);
          else buffer.push(...events);
        });
        cleanups.push(unsubscribe);
        if (closed) return close();
        if (options.after === null) {
          lastSent = await feed.latestId(articleId);
        } else {
          for (;;) {
            const page = await feed.readBacklog(articleId, lastSent, pageSize);
            if (closed) return;
            send(page);
            if (page.length < pageSize) break;
          }
        }
        backlogDone = true;
        send(buffer);
        buffer = [];
      } catch (error) {
        // The client reconnects with its Last-Event-ID and gets the rest then.
        console.error("[factdesk] opening a change stream failed:", error);
        return close();
      }
      if (presence) {
        // Only changes are sent: the shared list is re-read by several triggers (see presence.ts).
        let lastPresence = "";
        const sendPresence = (users: PresenceUser[]) => {
          const frame = presenceFrame(users);
          if (frame === lastPresence) return;
          lastPresence = frame;
          write(frame);
        };
        cleanups.push(presence.subscribe(articleId, sendPresence));
        try {
          sendPresence(await presence.list(articleId));
        } catch (error) {
          console.error("[factdesk] reading presence failed:", error); // the next change brings it
        }
        if (closed) return;
      }
      const heartbeat = setInterval(() => write(commentFrame("ping")), heartbeatMs);
      cleanups.push(() => clearInterval(heartbeat));
      const lifetime = setTimeout(close, options.maxLifetimeMs ?? MAX_LIFETIME_MS);
      cleanups.push(() => clearTimeout(lifetime));
    },
    cancel() {
      close();
    },
  });
}
