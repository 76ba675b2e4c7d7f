/**
 * Who has an article open, and which claim each person is editing (issue 12: shared by every
 * server instance). Each browser tab is one row of the Presence table (key: article + user +
 * client id), written by its heartbeat through whichever instance the request lands on; the
 * list shows each person once. A row counts for `ttlMs` after its last heartbeat, so a crashed
 * tab disappears on its own; a tab that closes normally deletes its row at once. Presence is
 * ephemeral, so it is not written to the Event log.
 *
 * Each instance pushes a changed list to its own SSE streams: at once after a heartbeat or
 * goodbye it handled itself, when another instance signals a change (PostgreSQL NOTIFY, see
 * lib/data/postgres/change-waker.ts), and by re-reading the watched articles every `pollMs`
 * (expiry makes no signal; on SQLite with several instances that read is the only signal).
 */
export interface PresenceUser {
  id: string;
  name: string;
  editingClaimId: string | null;
}

/** One tab's row as stored. */
export interface PresenceRow {
  articleId: string;
  userId: string;
  clientId: string;
  name: string;
  editingClaimId: string | null;
  seenAt: Date;
}

/** Where presence rows live (lib/data/presence.ts; an in-memory one in the unit tests). */
export interface PresenceTable {
  /** Inserts or refreshes one tab's row. */
  put(row: PresenceRow): Promise<void>;
  remove(articleId: string, userId: string, clientId: string): Promise<void>;
  /** Rows of these articles seen at or after `since`. */
  read(articleIds: readonly string[], since: Date): Promise<PresenceRow[]>;
  /** Deletes rows last seen before `before` (housekeeping; reads ignore them anyway). */
  purge(before: Date): Promise<void>;
  /** Tells the other instances that an article's presence changed (no-op where none can hear). */
  signal(articleId: string): Promise<void>;
}

export const PRESENCE_TTL_MS = 12_000;
export const PRESENCE_HEARTBEAT_MS = 5_000;

function preferRow(a: PresenceRow, b: PresenceRow): boolean {
  if (!!a.editingClaimId !== !!b.editingClaimId) return !!a.editingClaimId;
  return a.seenAt.getTime() > b.seenAt.getTime();
}

/** Live rows of one article as the list people see: one entry per person, sorted by name. */
export function presenceList(rows: readonly PresenceRow[], now: number, ttlMs: number): PresenceUser[] {
  const byUser = new Map<string, PresenceRow>();
  for (const row of rows) {
    if (now - row.seenAt.getTime() > ttlMs) continue;
    const other = byUser.get(row.userId);
    // One person, several tabs: a tab that is editing a claim wins, then the newest.
    if (!other || preferRow(row, other)) byUser.set(row.userId, row);
  }
  return [...byUser.values()]
    .map((r) => ({ id: r.userId, name: r.name, editingClaimId: r.editingClaimId }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

type Listener = (users: PresenceUser[]) => void;

export interface PresenceOptions {
  ttlMs?: number;
  /** How often the watched articles are re-read (expiry, other instances without a signal). */
  pollMs?: number;
  /** How often expired rows are deleted, at most. */
  purgeMs?: number;
  now?: () => number;
  /** Off in unit tests, which call refresh() themselves. */
  autoPoll?: boolean;
  onError?: (error: unknown) => void;
}

export class PresenceHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly snapshots = new Map<string, string>();
  private readonly ttlMs: number;
  private readonly pollMs: number;
  private readonly purgeMs: number;
  private readonly now: () => number;
  private readonly autoPoll: boolean;
  private readonly onError: (error: unknown) => void;
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastPurge = 0;
  /** The last heartbeat this instance wrote per tab (to signal only what others would see). */
  private readonly tabs = new Map<string, { editingClaimId: string | null; seenAt: number }>();

  constructor(
    private readonly table: PresenceTable,
    options: PresenceOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? PRESENCE_TTL_MS;
    this.pollMs = options.pollMs ?? 2_000;
    this.purgeMs = options.purgeMs ?? 60_000;
    this.now = options.now ?? Date.now;
    this.autoPoll = options.autoPoll ?? true;
    this.onError = options.onError ?? ((error) => console.error("[factdesk] presence read failed:", error));
  }

  async heartbeat(articleId: string, user: { id: string; name: string }, clientId: string, editingClaimId: string | null): Promise<PresenceUser[]> {
    const now = this.now();
    await this.table.put({ articleId, userId: user.id, clientId, name: user.name, editingClaimId, seenAt: new Date(now) });
    // Most heartbeats change nothing anyone sees: signal the other instances only for a tab
    // this instance has not seen (recently), or one that started or stopped editing.
    const key = `${articleId}\u0000${user.id}\u0000${clientId}`;
    const known = this.tabs.get(key);
    const news = !known || known.editingClaimId !== editingClaimId || now - known.seenAt > this.ttlMs;
    this.tabs.set(key, { editingClaimId, seenAt: now });
    if (now - this.lastPurge > this.purgeMs) {
      this.lastPurge = now;
      for (const [k, tab] of this.tabs) if (now - tab.seenAt > this.ttlMs) this.tabs.delete(k);
      await this.table.purge(new Date(now - this.ttlMs));
    }
    return this.changed(articleId, news);
  }

  async leave(articleId: string, userId: string, clientId: string): Promise<PresenceUser[]> {
    await this.table.remove(articleId, userId, clientId);
    this.tabs.delete(`${articleId}\u0000${userId}\u0000${clientId}`);
    return this.changed(articleId, true);
  }

  async list(articleId: string): Promise<PresenceUser[]> {
    const now = this.now();
    return presenceList(await this.table.read([articleId], new Date(now - this.ttlMs)), now, this.ttlMs);
  }

  /** Calls `listener` whenever the article's list changes (not on every heartbeat). */
  subscribe(articleId: string, listener: Listener): () => void {
    let set = this.listeners.get(articleId);
    if (!set) this.listeners.set(articleId, (set = new Set()));
    set.add(listener);
    this.ensurePolling();
    return () => {
      set.delete(listener);
      if (set.size === 0) {
        this.listeners.delete(articleId);
        this.snapshots.delete(articleId);
      }
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  /**
   * Re-reads the watched articles (all of them, or these) in one query and tells the
   * listeners of each article whose list changed. Called on a timer, and when another
   * instance signals a change (`"*"`: after the signal connection was re-established).
   */
  async refresh(articleIds?: readonly string[]): Promise<void> {
    const watched = (articleIds ?? [...this.listeners.keys()]).filter((id) => this.listeners.has(id));
    if (watched.length === 0) return;
    const now = this.now();
    const rows = await this.table.read(watched, new Date(now - this.ttlMs));
    const byArticle = new Map<string, PresenceRow[]>(watched.map((id) => [id, []]));
    for (const row of rows) byArticle.get(row.articleId)?.push(row);
    for (const [articleId, articleRows] of byArticle) this.emit(articleId, presenceList(articleRows, now, this.ttlMs));
  }

  /** A change signalled by another instance (an article id, or `"*"` for all watched ones). */
  remoteChanged(articleId: string): void {
    void this.refresh(articleId === "*" ? undefined : [articleId]).catch(this.onError);
  }

  private async changed(articleId: string, signal: boolean): Promise<PresenceUser[]> {
    if (signal) await this.table.signal(articleId);
    const users = await this.list(articleId);
    this.emit(articleId, users);
    return users;
  }

  private emit(articleId: string, users: PresenceUser[]): void {
    const listeners = this.listeners.get(articleId);
    if (!listeners) return;
    const snapshot = JSON.stringify(users);
    if (this.snapshots.get(articleId) === snapshot) return;
    this.snapshots.set(articleId, snapshot);
    for (const listener of [...listeners]) listener(users);
  }

  private ensurePolling(): void {
    if (!this.autoPoll || this.timer) return;
    this.timer = setInterval(() => void this.refresh().catch(this.onError), this.pollMs);
    this.timer.unref?.();
  }
}
