"use client";
import { useEffect, useRef, useState } from "react";
import type { ChangeEvent } from "@/lib/realtime/change-event";
import type { PresenceUser } from "@/lib/realtime/presence";

export type LiveStatus = "connecting" | "live" | "reconnecting";

export interface ArticleEventHandlers {
  /** A stored change, in event-id order, each exactly once per page load. */
  onChange?(event: ChangeEvent): void;
  /** The full list of people on the article, whenever it changes. */
  onPresence?(users: PresenceUser[]): void;
  /**
   * The feed could not be resumed from where this page was (the server refused the cursor,
   * e.g. its database was reset). Called once a fresh connection is live: reload the page's
   * data now; live events continue from here, so nothing falls in between.
   */
  onResync?(): void;
}

export interface ArticleEventOptions {
  /** The newest event id the page was rendered with (getArticleEventCursor); null = from now. */
  after?: number | null;
  enabled?: boolean;
}

const MAX_BACKOFF_MS = 30_000;
const WATCHDOG_MS = 5_000;

/**
 * Subscribes to an article's live feed (GET /api/articles/{id}/events). EventSource
 * reconnects by itself after a network blip and sends Last-Event-ID, so the server replays
 * what was missed. When the browser gives up (an HTTP error closes EventSource for good),
 * the hook opens a new one with `?after=<last id>` after a growing delay. Events are
 * de-duplicated by id, so a handler never sees one twice.
 */
export function useArticleEvents(articleId: string, handlers: ArticleEventHandlers, options: ArticleEventOptions = {}): { status: LiveStatus; lastEventId: number | null } {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [lastEventId, setLastEventId] = useState<number | null>(options.after ?? null);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const initialAfter = useRef(options.after ?? null);
  const enabled = options.enabled ?? true;

  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    let lastId: number | null = initialAfter.current;
    let failures = 0;
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let disposed = false;
    let needsResync = false;

    const open = () => {
      if (disposed) return;
      retryTimer = null;
      const url = `/api/articles/${encodeURIComponent(articleId)}/events${lastId !== null ? `?after=${lastId}` : ""}`;
      const es = new EventSource(url);
      source = es;
      es.onopen = () => {
        failures = 0;
        setStatus("live");
        if (needsResync) {
          needsResync = false;
          handlersRef.current.onResync?.();
        }
      };
      es.addEventListener("change", (message) => {
        const event = JSON.parse((message as MessageEvent<string>).data) as ChangeEvent;
        if (lastId !== null && event.id <= lastId) return;
        lastId = event.id;
        setLastEventId(event.id);
        handlersRef.current.onChange?.(event);
      });
      es.addEventListener("presence", (message) => {
        const { users } = JSON.parse((message as MessageEvent<string>).data) as { users: PresenceUser[] };
        handlersRef.current.onPresence?.(users);
      });
      es.onerror = () => {
        if (disposed) return;
        setStatus("reconnecting");
        if (es.readyState !== EventSource.CLOSED) return; // the browser is retrying by itself
        scheduleRetry();
      };
    };

    const scheduleRetry = () => {
      const failedUrl = source?.url;
      source?.close();
      if (retryTimer) return;
      failures += 1;
      retryTimer = setTimeout(open, Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.min(failures, 5)));
      // EventSource hides the HTTP status; ask once. Only a refused cursor (400) is given up:
      // after a network failure or an expired session, resuming from it is still right.
      if (failedUrl && lastId !== null) void probeRefusedCursor(failedUrl).then((refused) => {
        if (refused && !disposed) {
          lastId = null;
          needsResync = true;
        }
      });
    };

    // A browser that closes an EventSource by force (window.stop(), some network changes)
    // fires no error event; without this check the page would silently stop updating.
    const watchdog = setInterval(() => {
      if (!disposed && source?.readyState === EventSource.CLOSED && !retryTimer) {
        setStatus("reconnecting");
        scheduleRetry();
      }
    }, WATCHDOG_MS);

    const reconnectNow = () => {
      if (source?.readyState === EventSource.CLOSED && retryTimer) {
        clearTimeout(retryTimer);
        open();
      }
    };
    window.addEventListener("online", reconnectNow);
    open();
    return () => {
      disposed = true;
      clearInterval(watchdog);
      window.removeEventListener("online", reconnectNow);
      if (retryTimer) clearTimeout(retryTimer);
      source?.close();
    };
  }, [articleId, enabled]);

  return { status, lastEventId };
}

async function probeRefusedCursor(url: string): Promise<boolean> {
  const controller = new AbortController();
  try {
    const res = await fetch(url, { signal: controller.signal, credentials: "same-origin", headers: { accept: "text/event-stream" } });
    return res.status === 400;
  } catch {
    return false;
  } finally {
    controller.abort(); // a successful probe is itself a stream: do not keep it open
  }
}
