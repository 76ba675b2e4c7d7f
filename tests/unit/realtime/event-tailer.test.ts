import { afterEach, describe, expect, it } from "vitest";
import { EventTailer, type ChangeFeedReader } from "@/lib/realtime/event-tailer";
import type { ArticleChangeEvent } from "@/lib/realtime/change-event";

const ev = (id: number, articleId = "a"): ArticleChangeEvent => (<unknown>{
  id, articleId, type: "claim.updated", actor: null, claimId: null, targetType: "claim", targetId: "c", before: null, after: null, note: null, createdAt: new Date(0).toISOString(),
}) as ArticleChangeEvent; // a stand-in payload: the tailer does not read it
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** A log the test appends to, a commit signal it fires, and a count of reads. */
function setup(options: { intervalMs?: number; readDelayMs?: number } = {}) {
  const log: ArticleChangeEvent[] = [];
  const commitListeners = new Set<() => void>();
  let reads = 0;
  const reader: ChangeFeedReader = {
    async readAfter(after, limit) {
      reads++;
      await tick(options.readDelayMs ?? 0);
      return log.filter((e) => e.id > after).slice(0, limit);
    },
    async latestId() {
      return log.length ? log[log.length - 1].id : 0;
    },
  };
  const tailer = new EventTailer(reader, {
    intervalMs: options.intervalMs ?? 60_000,
    onCommitted: (listener) => {
      commitListeners.add(listener);
      return () => commitListeners.delete(listener);
    },
  });
  const commit = (...events: ArticleChangeEvent[]) => {
    log.push(...events);
    for (const l of commitListeners) l();
  };
  /** A write through another server process: in the shared database, but no local signal. */
  const commitElsewhere = (...events: ArticleChangeEvent[]) => log.push(...events);
  return { tailer, commit, commitElsewhere, reads: () => reads, listening: () => commitListeners.size };
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe("EventTailer", () => {
  it("delivers new events to the subscribers of their article only", async () => {
    const { tailer, commit } = setup();
    const a: number[] = [];
    const b: number[] = [];
    cleanups.push(await tailer.subscribe("a", (es) => a.push(...es.map((e) => e.id))));
    cleanups.push(await tailer.subscribe("b", (es) => b.push(...es.map((e) => e.id))));
    commit(ev(1, "a"), ev(2, "b"), ev(3, "a"));
    await tick(5);
    expect(a).toEqual([1, 3]);
    expect(b).toEqual([2]);
  });

  it("starts from the end of the log: history is the stream's backlog, not the bus's", async () => {
    const { tailer, commit } = setup();
    commit(ev(1), ev(2));
    const got: number[] = [];
    cleanups.push(await tailer.subscribe("a", (es) => got.push(...es.map((e) => e.id))));
    commit(ev(3));
    await tick(5);
    expect(got).toEqual([3]);
  });

  it("reads once per commit burst, however many clients are connected", async () => {
    const { tailer, commit, reads } = setup({ readDelayMs: 5 });
    const counts = new Array(100).fill(0);
    for (let i = 0; i < 100; i++) cleanups.push(await tailer.subscribe("a", (es) => (counts[i] += es.length)));
    const before = reads();
    for (let id = 1; id <= 20; id++) commit(ev(id)); // 20 commits in one burst
    await tick(40);
    expect(counts.every((c) => c === 20)).toBe(true);
    // One read in flight plus one coalesced re-read (plus at most one empty check).
    expect(reads() - before).toBeLessThanOrEqual(3);
  });

  it("tails on an interval, so writes by another instance (no local commit signal) arrive", async () => {
    const { tailer, commitElsewhere } = setup({ intervalMs: 10 });
    const got: number[] = [];
    cleanups.push(await tailer.subscribe("a", (es) => got.push(...es.map((e) => e.id))));
    commitElsewhere(ev(1), ev(2));
    await tick(60);
    expect(got).toEqual([1, 2]);
  });

  it("stops reading and listening when the last subscriber leaves", async () => {
    const { tailer, commit, reads, listening } = setup({ intervalMs: 5 });
    const unsubscribe = await tailer.subscribe("a", () => undefined);
    expect(listening()).toBe(1);
    unsubscribe();
    expect(tailer.subscriberCount).toBe(0);
    expect(listening()).toBe(0);
    const after = reads();
    commit(ev(1));
    await tick(30);
    expect(reads()).toBe(after);
  });

  it("a subscriber that throws does not stop the others", async () => {
    const { tailer, commit } = setup();
    const errors: unknown[] = [];
    (tailer as unknown as { onError: (e: unknown) => void }).onError = (e) => errors.push(e);
    const got: number[] = [];
    cleanups.push(await tailer.subscribe("a", () => {
      throw new Error("broken client");
    }));
    cleanups.push(await tailer.subscribe("a", (es) => got.push(...es.map((e) => e.id))));
    commit(ev(1));
    await tick(5);
    expect(got).toEqual([1]);
    expect(errors).toHaveLength(1);
  });

  it("retries from the same point after a failed read", async () => {
    const { tailer, commit } = setup();
    (tailer as unknown as { onError: (e: unknown) => void }).onError = () => undefined;
    const reader = (tailer as unknown as { reader: ChangeFeedReader }).reader;
    const real = reader.readAfter.bind(reader);
    let fail = true;
    reader.readAfter = async (after, limit) => {
      if (fail) {
        fail = false;
        throw new Error("busy");
      }
      return real(after, limit);
    };
    const got: number[] = [];
    cleanups.push(await tailer.subscribe("a", (es) => got.push(...es.map((e) => e.id))));
    commit(ev(1));
    await tick(5);
    commit(ev(2));
    await tick(5);
    expect(got).toEqual([1, 2]);
  });
});
