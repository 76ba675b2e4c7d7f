import { performance } from "node:perf_hooks";
import { readSse, type SseFrame } from "../../bench/lib/sse";

/**
 * A plain HTTP client of a running Factdesk, for the two-instance tests and the PostgreSQL
 * bench (issue 12): sign in and get an API token, call the JSON API, and read an article's
 * live feed (SSE) frame by frame with Node's fetch (the reader: bench/lib/sse.ts). Also used by
 * bench/sse-fanout.ts and bench/pg-instances.ts.
 */

/** One sign-in attempt through next-auth's credentials endpoint: null when it succeeded, else the error shown. */
export async function signInAttempt(baseUrl: string, email: string, password: string): Promise<string | null> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const login = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  if (login.headers.getSetCookie().some((c) => c.split("=")[0].endsWith("next-auth.session-token"))) return null;
  const answer = (await login.json().catch(() => ({}))) as { url?: string };
  return answer.url ? (new URL(answer.url).searchParams.get("error") ?? answer.url) : `HTTP ${login.status}`;
}

/** Signs in through next-auth's credentials endpoint and creates a personal API token. */
export async function signInToken(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  keep(csrfRes);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const login = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(login);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`Sign-in as ${email} at ${baseUrl} failed (HTTP ${login.status}).`);
  const created = await fetch(`${baseUrl}/api/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: cookie(), origin: baseUrl },
    body: JSON.stringify({ name: `instances ${new Date().toISOString()} ${Math.random()}` }),
  });
  if (!created.ok) throw new Error(`Creating an API token failed: HTTP ${created.status} ${await created.text()}`);
  return ((await created.json()) as { token: string }).token;
}

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

/** One JSON API call with a bearer token. */
export async function api<T = Record<string, unknown>>(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
  const res = await fetch(baseUrl + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text for the assertion message
  }
  return { status: res.status, body: parsed as T };
}

export interface ReceivedChange {
  id: number;
  type: string;
  claimId: string | null;
  after: Record<string, unknown> | null;
  at: number;
}

/** One SSE client of an article's live feed: every change frame (with arrival time) and presence list. */
export class FeedClient {
  readonly changes: ReceivedChange[] = [];
  readonly presence: Array<Array<{ id: string; name: string; editingClaimId: string | null }>> = [];
  lastEventId: number | null = null;
  private controller = new AbortController();
  private ended = false;

  constructor(
    readonly baseUrl: string,
    private readonly token: string,
    readonly articleId: string,
  ) {}

  /** Connects (resuming after `lastEventId` when given) and resolves once the first presence frame arrived (subscribed and caught up). */
  async open(lastEventId?: number): Promise<void> {
    this.controller = new AbortController();
    this.ended = false;
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, accept: "text/event-stream" };
    if (lastEventId !== undefined) headers["last-event-id"] = String(lastEventId);
    const res = await fetch(`${this.baseUrl}/api/articles/${this.articleId}/events`, { headers, signal: this.controller.signal });
    if (!res.ok || !res.body) throw new Error(`SSE connect to ${this.baseUrl} failed: HTTP ${res.status} ${await res.text()}`);
    const presenceBefore = this.presence.length;
    void this.read(res.body);
    await this.waitFor(() => this.presence.length > presenceBefore, 30_000, "the first presence frame");
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    try {
      await readSse(body, (frame, now) => this.onFrame(frame, now));
    } finally {
      this.ended = true;
    }
  }

  private onFrame({ event, data, id }: SseFrame, now: number): void {
    if (event === "presence") this.presence.push((JSON.parse(data) as { users: FeedClient["presence"][number] }).users);
    if (event !== "change") return;
    const change = JSON.parse(data) as { id: number; type: string; claimId: string | null; after: Record<string, unknown> | null };
    this.changes.push({ id: change.id, type: change.type, claimId: change.claimId, after: change.after, at: now });
    if (id !== null) this.lastEventId = Number(id);
  }

  get closed(): boolean {
    return this.ended;
  }

  close(): void {
    this.controller.abort();
  }

  async waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (!predicate()) {
      if (performance.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} on ${this.baseUrl}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
