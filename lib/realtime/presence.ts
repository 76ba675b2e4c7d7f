/**
 * Who has an article open, and which claim each person is editing. Kept in memory per
 * server instance: it is ephemeral (a lost entry reappears with the next heartbeat), so it
 * is not written to the Event log. Each browser tab is one entry (key: user + client id);
 * the list shows each person once. An entry expires `ttlMs` after its last heartbeat, so a
 * crashed tab disappears on its own; a tab that closes normally says so at once.
 */
export interface PresenceUser {
  id: string;
  name: string;
  editingClaimId: string | null;
}

interface Entry {
  userId: string;
  name: string;
  editingClaimId: string | null;
  seenAt: number;
}

function preferEntry(a: Entry, b: Entry): boolean {
  if (!!a.editingClaimId !== !!b.editingClaimId) return !!a.editingClaimId;
  return a.seenAt > b.seenAt;
}

type Listener = (users: PresenceUser[]) => void;

export interface PresenceOptions {
  ttlMs?: number;
  sweepMs?: number;
  now?: () => number;
  /** Off in unit tests, which call sweep() themselves. */
  autoSweep?: boolean;
}

export const PRESENCE_TTL_MS = 12_000;
export const PRESENCE_HEARTBEAT_MS = 5_000;

export class PresenceStore {
  private readonly articles = new Map<string, Map<string, Entry>>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly snapshots = new Map<string, string>();
  private readonly ttlMs: number;
  private readonly sweepMs: number;
  private readonly now: () => number;
  private readonly autoSweep: boolean;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(options: PresenceOptions = {}) {
    this.ttlMs = options.ttlMs ?? PRESENCE_TTL_MS;
    this.sweepMs = options.sweepMs ?? 2_000;
    this.now = options.now ?? Date.now;
    this.autoSweep = options.autoSweep ?? true;
  }

  heartbeat(articleId: string, user: { id: string; name: string }, clientId: string, editingClaimId: string | null): PresenceUser[] {
    let entries = this.articles.get(articleId);
    if (!entries) this.articles.set(articleId, (entries = new Map()));
    entries.set(`${user.id}:${clientId}`, { userId: user.id, name: user.name, editingClaimId, seenAt: this.now() });
    this.ensureSweeping();
    return this.changed(articleId);
  }

  leave(articleId: string, userId: string, clientId: string): PresenceUser[] {
    this.articles.get(articleId)?.delete(`${userId}:${clientId}`);
    return this.changed(articleId);
  }

  list(articleId: string): PresenceUser[] {
    const entries = this.articles.get(articleId);
    if (!entries) return [];
    const now = this.now();
    const byUser = new Map<string, Entry>();
    for (const entry of entries.values()) {
      if (now - entry.seenAt > this.ttlMs) continue;
      const other = byUser.get(entry.userId);
      // One person, several tabs: a tab that is editing a claim wins, then the newest.
      if (!other || preferEntry(entry, other)) byUser.set(entry.userId, entry);
    }
    return [...byUser.values()]
      .map((e) => ({ id: e.userId, name: e.name, editingClaimId: e.editingClaimId }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  /** Calls `listener` whenever the article's list changes (not on every heartbeat). */
  subscribe(articleId: string, listener: Listener): () => void {
    let set = this.listeners.get(articleId);
    if (!set) this.listeners.set(articleId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(articleId);
    };
  }

  /** Drops expired entries and tells subscribers about the articles whose list changed. */
  sweep(): void {
    const now = this.now();
    for (const [articleId, entries] of this.articles) {
      let removed = false;
      for (const [key, entry] of entries) {
        if (now - entry.seenAt > this.ttlMs) {
          entries.delete(key);
          removed = true;
        }
      }
      if (removed) this.changed(articleId);
    }
    if (this.articles.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  private changed(articleId: string): PresenceUser[] {
    const users = this.list(articleId);
    if (users.length === 0) {
      this.articles.delete(articleId);
    }
    const snapshot = JSON.stringify(users);
    if ((this.snapshots.get(articleId) ?? "[]") !== snapshot) {
      if (users.length === 0) this.snapshots.delete(articleId);
      else this.snapshots.set(articleId, snapshot);
      for (const listener of this.listeners.get(articleId) ?? []) listener(users);
    }
    return users;
  }

  private ensureSweeping(): void {
    if (!this.autoSweep || this.timer) return;
    this.timer = setInterval(() => this.sweep(), this.sweepMs);
    this.timer.unref?.();
  }
}

const globalForPresence = globalThis as unknown as { factdeskPresence?: PresenceStore };

/** This instance's presence store (on globalThis so dev-server reloads share it). */
export function presenceStore(): PresenceStore {
  return (globalForPresence.factdeskPresence ??= new PresenceStore());
}
