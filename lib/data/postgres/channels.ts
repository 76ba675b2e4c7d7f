/**
 * PostgreSQL names the live feed shares between the writers (lib/data/events.ts,
 * lib/data/presence.ts) and the listener (change-waker.ts) (issue 12). No driver import here,
 * so the writers load nothing extra on SQLite.
 */

/** NOTIFY channel of committed Event rows; the payload is the writing instance's id. */
export const EVENTS_CHANNEL = "factdesk_events";

/** NOTIFY channel of presence changes; the payload is the article id. */
export const PRESENCE_CHANNEL = "factdesk_presence";

/**
 * The transaction-scoped advisory lock every Event-writing transaction takes before its
 * INSERT, so Event ids are handed out, and become visible, in commit order (see
 * appendEvents). Any constant works; this one is "FD-EVT" in ASCII.
 */
export const EVENT_LOG_LOCK = 0x46442d455654;

const globalForInstance = globalThis as unknown as { factdeskInstanceId?: string };

/**
 * This server process's id, the payload of its event notifications, so its listener can skip
 * the echo of its own commits (they already woke it in-process). One per process, shared by
 * every route bundle.
 */
export function instanceId(): string {
  return (globalForInstance.factdeskInstanceId ??= crypto.randomUUID());
}
