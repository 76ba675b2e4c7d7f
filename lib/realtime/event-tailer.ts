import type { ArticleChangeEvent } from "./change-event";
import { onEventsCommitted } from "./notify";

/**
 * The one in-process change bus of a server instance.
 *
 * Every write appends an Event row in its own transaction (the log is the source of truth),
 * then calls `notifyEventsCommitted()`. The tailer reacts by reading `Event WHERE id >
 * lastSeen` ONCE and fanning the rows out to the SSE connections of each article; a burst
 * of commits while a read is in flight costs one more read, not one per commit, and the
 * cost never depends on how many clients are connected.
 *
 * Several instances (processes) may share one database. A process hears its own commits
 * in-process and, on PostgreSQL, other instances' commits through its LISTEN connection
 * (lib/data/postgres/change-waker.ts); while anyone is subscribed the tailer also reads on a
 * 1 s interval, the fallback (and on SQLite the only cross-instance path). Event ids become
 * visible in commit order (SQLite: one writer; PostgreSQL: appendEvents' advisory lock), so
 * "id > lastSeen" never skips a row. Per-connection gaps are closed by the stream itself
 * (subscribe, then read the backlog, then flush; see article-stream.ts). Presence is not part
 * of this (see presence.ts).
 */
export interface ChangeFeedReader {
  /** Committed article events with id > after, ascending, at most `limit`. */
  readAfter(after: number, limit: number): Promise<ArticleChangeEvent[]>;
  /** The newest event id in the log (0 when empty). */
  latestId(): Promise<number>;
}

export type ChangeSubscriber = (events: ArticleChangeEvent[]) => void;

export interface TailerOptions {
  intervalMs?: number;
  batchSize?: number;
  /** How the tailer hears about local commits (injected in tests). */
  onCommitted?: (listener: () => void) => () => void;
  onError?: (error: unknown) => void;
}

export class EventTailer {
  readonly stats = { reads: 0, dispatched: 0 };
  private readonly subscribers = new Map<string, Set<ChangeSubscriber>>();
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private readonly onCommitted: (listener: () => void) => () => void;
  private readonly onError: (error: unknown) => void;
  private lastSeen = 0;
  private running = false;
  private priming: Promise<void> | null = null;
  private generation = 0;
  private reading = false;
  private again = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  private unlisten: (() => void) | null = null;

  constructor(private readonly reader: ChangeFeedReader, options: TailerOptions = {}) {
    this.intervalMs = options.intervalMs ?? 1_000;
    this.batchSize = options.batchSize ?? 500;
    this.onCommitted = options.onCommitted ?? onEventsCommitted;
    this.onError = options.onError ?? ((error) => console.error("[factdesk] change feed read failed:", error));
  }

  get subscriberCount(): number {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  /**
   * Registers a subscriber for one article. Resolves once the tailer knows where the log
   * ends, so every event committed after that point is delivered to the subscriber; events
   * before it are the caller's backlog to read.
   */
  async subscribe(articleId: string, subscriber: ChangeSubscriber): Promise<() => void> {
    let set = this.subscribers.get(articleId);
    if (!set) this.subscribers.set(articleId, (set = new Set()));
    set.add(subscriber);
    const unsubscribe = () => {
      const current = this.subscribers.get(articleId);
      if (!current?.delete(subscriber)) return;
      if (current.size === 0) this.subscribers.delete(articleId);
      if (this.subscribers.size === 0) this.stop();
    };
    try {
      await this.start();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  /** Reads new events now (coalesced: at most one read in flight, plus one queued). */
  poke(): void {
    if (!this.running) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    void this.drain();
  }

  private start(): Promise<void> {
    if (this.running) return Promise.resolve();
    if (this.priming) return this.priming;
    const generation = ++this.generation;
    this.priming = this.reader
      .latestId()
      .then((latest) => {
        if (generation !== this.generation) return;
        this.lastSeen = latest;
        this.running = true;
        this.unlisten = this.onCommitted(() => this.poke());
        this.timer = setInterval(() => this.poke(), this.intervalMs);
        this.timer.unref?.();
      })
      .finally(() => {
        if (generation === this.generation) this.priming = null;
      });
    return this.priming;
  }

  private stop(): void {
    this.generation++;
    this.running = false;
    this.priming = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.unlisten?.();
    this.unlisten = null;
  }

  private async drain(): Promise<void> {
    const generation = this.generation;
    try {
      do {
        this.again = false;
        let batch: ArticleChangeEvent[];
        do {
          batch = await this.reader.readAfter(this.lastSeen, this.batchSize);
          this.stats.reads++;
          if (generation !== this.generation) return;
          if (batch.length > 0) {
            this.lastSeen = batch[batch.length - 1].id;
            this.dispatch(batch);
          }
        } while (batch.length === this.batchSize);
      } while (this.again && generation === this.generation);
    } catch (error) {
      this.onError(error); // the next commit or tick retries from the same lastSeen
    } finally {
      this.reading = false;
      // A poke that arrived while an outdated read was being abandoned must not be lost.
      if (this.again && this.running) {
        this.again = false;
        this.poke();
      }
    }
  }

  private dispatch(batch: ArticleChangeEvent[]): void {
    const byArticle = new Map<string, ArticleChangeEvent[]>();
    for (const event of batch) {
      if (!this.subscribers.has(event.articleId)) continue;
      const list = byArticle.get(event.articleId);
      if (list) list.push(event);
      else byArticle.set(event.articleId, [event]);
    }
    for (const [articleId, events] of byArticle) {
      for (const subscriber of [...(this.subscribers.get(articleId) ?? [])]) {
        try {
          subscriber(events);
          this.stats.dispatched += events.length;
        } catch (error) {
          this.onError(error);
        }
      }
    }
  }
}

const globalForTailer = globalThis as unknown as { factdeskEventTailer?: EventTailer };

/** This instance's bus (on globalThis so that dev-server reloads and route bundles share it). */
export function sharedEventTailer(createReader: () => ChangeFeedReader): EventTailer {
  return (globalForTailer.factdeskEventTailer ??= new EventTailer(createReader()));
}
