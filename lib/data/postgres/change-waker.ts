import { Client, type Notification } from "pg";
import { EVENTS_CHANNEL, PRESENCE_CHANNEL, instanceId } from "./channels";
import { postgresPoolConfig } from "./config";

export { EVENTS_CHANNEL, PRESENCE_CHANNEL, instanceId };

/**
 * One LISTEN connection per server instance (issue 12): how a commit made through another
 * instance wakes this instance's live feed and presence within milliseconds.
 *
 * Writers call `pg_notify(channel, payload)` inside their transaction (PostgreSQL delivers it
 * only when, and only if, the transaction commits; identical notifications of one
 * transaction are merged). The payload of an event notification is the writing instance's
 * id, so an instance skips the echo of its own commits: those already woke it in-process
 * (`notifyEventsCommitted()` after the commit). Presence notifications carry the article id.
 *
 * The notification carries no data: the woken tailer reads the Event log itself, so a lost
 * notification (connection dropped, server restarted) costs latency, never an event. While
 * the connection is down it reconnects with a growing delay (0.5 s → 10 s), and every
 * (re)connect wakes the listeners once, to catch up with what was committed meanwhile; the
 * tailer's interval read stays on as the fallback.
 */

type Listener = (payload: string) => void;

interface WakerState {
  listeners: Map<string, Set<Listener>>;
  client: Client | null;
  connected: boolean;
  connecting: boolean;
  stopped: boolean;
  retryMs: number;
  timer: ReturnType<typeof setTimeout> | null;
  url: string | null;
  connects: number;
}

const globalForWaker = globalThis as unknown as { factdeskChangeWaker?: WakerState };

function state(): WakerState {
  return (globalForWaker.factdeskChangeWaker ??= {
    listeners: new Map(),
    client: null,
    connected: false,
    connecting: false,
    stopped: false,
    retryMs: 500,
    timer: null,
    url: null,
    connects: 0,
  });
}

/** Whether the LISTEN connection is up (the tailer polls more often while it is not). */
export function wakerConnected(): boolean {
  return state().connected;
}

/** How many times the LISTEN connection was (re)established (tests and diagnostics). */
export function wakerConnects(): number {
  return state().connects;
}

function dispatch(channel: string, payload: string): void {
  for (const listener of [...(state().listeners.get(channel) ?? [])]) {
    try {
      listener(payload);
    } catch (error) {
      console.error(`[factdesk] ${channel} listener failed:`, error);
    }
  }
}

function scheduleReconnect(): void {
  const s = state();
  if (s.stopped || s.timer || s.listeners.size === 0) return;
  const delay = s.retryMs;
  s.retryMs = Math.min(s.retryMs * 2, 10_000);
  s.timer = setTimeout(() => {
    s.timer = null;
    void connect();
  }, delay);
  s.timer.unref?.();
}

async function connect(): Promise<void> {
  const s = state();
  if (s.stopped || s.connected || s.connecting || !s.url) return;
  s.connecting = true;
  // The pool's connection settings (host, TLS, …), without its statement timeout: LISTEN waits.
  const { max: _max, statement_timeout: _timeout, ...settings } = postgresPoolConfig(s.url);
  const client = new Client({ ...settings, keepAlive: true, application_name: "factdesk-listen" });
  const lost = (error?: unknown) => {
    if (s.client !== client) return;
    if (error && !s.stopped) console.error("[factdesk] change feed LISTEN connection lost:", error instanceof Error ? error.message : error);
    s.client = null;
    s.connected = false;
    void client.end().catch(() => undefined);
    scheduleReconnect();
  };
  client.on("error", lost);
  client.on("end", () => lost());
  client.on("notification", (message: Notification) => dispatch(message.channel, message.payload ?? ""));
  try {
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}; LISTEN ${PRESENCE_CHANNEL}`);
    if (s.stopped) {
      await client.end();
      return;
    }
    s.client = client;
    s.connected = true;
    s.retryMs = 500;
    s.connects++;
    // Whatever was committed while nobody listened: one catch-up read per listener.
    dispatch(EVENTS_CHANNEL, "");
    for (const channel of s.listeners.keys()) if (channel !== EVENTS_CHANNEL) dispatch(channel, "*");
  } catch (error) {
    console.error("[factdesk] change feed LISTEN connection failed:", error instanceof Error ? error.message : error);
    void client.end().catch(() => undefined);
    scheduleReconnect();
  } finally {
    s.connecting = false;
  }
}

/**
 * Calls `listener(payload)` for every notification on `channel` (and once, with `""` for the
 * events channel or `"*"` for others, after each (re)connect). Opens the instance's LISTEN
 * connection on first use; returns the unsubscribe.
 */
export function onNotification(url: string, channel: string, listener: Listener): () => void {
  const s = state();
  s.url = url;
  s.stopped = false;
  let set = s.listeners.get(channel);
  if (!set) s.listeners.set(channel, (set = new Set()));
  set.add(listener);
  if (!s.connected && !s.connecting && !s.timer) void connect();
  return () => {
    set.delete(listener);
    if (set.size === 0) s.listeners.delete(channel);
  };
}

/** Closes the LISTEN connection (tests; a server shutting down). */
export async function stopWaker(): Promise<void> {
  const s = state();
  s.stopped = true;
  if (s.timer) clearTimeout(s.timer);
  s.timer = null;
  const client = s.client;
  s.client = null;
  s.connected = false;
  await client?.end().catch(() => undefined);
}
