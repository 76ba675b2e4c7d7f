import { listenForOtherInstances } from "@/lib/data/event-feed";
import { withDb } from "@/lib/data/handle";
import { countUnread } from "@/lib/data/notifications";
import type { Actor } from "@/lib/domain/actor";
import { onEventsCommitted } from "@/lib/realtime/notify";
import { commentFrame, retryFrame } from "@/lib/realtime/sse-format";
import { authorize } from "./support/authorize";

/** Another instance's writes are not signalled here: look every few seconds as well. */
const RECHECK_MS = 5_000;
const HEARTBEAT_MS = 15_000;

/**
 * The bell's live feed (SSE): `event: unread` with `{ unread }` now and whenever the count
 * changes. Notifications are written with the Event that causes them, so the same commit
 * signal that wakes the article streams wakes this one; it re-counts, and sends on change.
 */
export async function streamNotifications(actor: Actor, signal?: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  authorize(actor, "mention.read");
  await listenForOtherInstances();
  const encoder = new TextEncoder();
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let last = -1;
      let closed = false;
      let pending: ReturnType<typeof setTimeout> | undefined;
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const check = async () => {
        if (closed) return;
        const unread = await withDb((client) => countUnread(client, actor.id)).catch(() => last);
        if (unread !== last) {
          last = unread;
          send(`event: unread\ndata: ${JSON.stringify({ unread })}\n\n`);
        }
      };
      // Coalesce a burst of commits into one count.
      const soon = () => {
        clearTimeout(pending);
        pending = setTimeout(() => void check(), 150);
      };
      const unlisten = onEventsCommitted(soon);
      const recheck = setInterval(() => void check(), RECHECK_MS);
      const heartbeat = setInterval(() => send(commentFrame("keep-alive")), HEARTBEAT_MS);
      stop = () => {
        if (closed) return;
        closed = true;
        unlisten();
        clearTimeout(pending);
        clearInterval(recheck);
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          /* already closed by the client */
        }
      };
      signal?.addEventListener("abort", stop);
      send(retryFrame(3_000));
      void check();
    },
    cancel() {
      stop();
    },
  });
}
