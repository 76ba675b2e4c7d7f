import { describe, expect, it } from "vitest";
import { createArticleEventStream, type ArticleFeed, type PresenceFeed } from "@/lib/realtime/article-stream";
import type { ChangeEvent } from "@/lib/realtime/change-event";
import type { PresenceUser } from "@/lib/realtime/presence";
import { changeIds, readFrames } from "./frames";

const ev = (id: number, type = "claim.updated"): ChangeEvent => (<unknown>{
  id, type, actor: { id: "u", name: "Ana" }, claimId: "c", targetType: "claim", targetId: "c", before: null, after: { n: id }, note: null, createdAt: new Date(0).toISOString(),
}) as ChangeEvent; // a stand-in payload: the stream does not read it

/** An in-memory feed: a stored log plus a live channel the test pushes into. */
function fakeFeed(stored: ChangeEvent[], hooks: { duringBacklog?: (push: (e: ChangeEvent[]) => void) => void } = {}) {
  let live: ((events: ChangeEvent[]) => void) | null = null;
  let unsubscribed = 0;
  const feed: ArticleFeed = {
    async subscribe(_articleId, onEvents) {
      live = onEvents;
      return () => {
        live = null;
        unsubscribed++;
      };
    },
    async readBacklog(_articleId, after, limit) {
      hooks.duringBacklog?.((events) => live?.(events));
      return stored.filter((e) => e.id > after).slice(0, limit);
    },
    async latestId() {
      return stored.length ? stored[stored.length - 1].id : 0;
    },
  };
  return { feed, push: (events: ChangeEvent[]) => live?.(events), unsubscribed: () => unsubscribed };
}

describe("article event stream", () => {
  it("starts with retry, then replays exactly the missed events in order", async () => {
    const { feed } = fakeFeed([ev(1), ev(2), ev(3), ev(4), ev(5)]);
    const stream = createArticleEventStream({ articleId: "a", after: 2, feed });
    const { frames, reader } = await readFrames(stream, (f) => changeIds(f).length >= 3);
    expect(frames[0]).toEqual({ retry: "2000" });
    expect(changeIds(frames)).toEqual([3, 4, 5]);
    await reader.cancel();
  });

  it("an event committed while the backlog is read is sent once, after the backlog", async () => {
    // Event 6 arrives live during the backlog read AND is in the stored log: it must appear once.
    const stored = [ev(4), ev(5), ev(6)];
    const { feed, push } = fakeFeed(stored, { duringBacklog: (p) => p([ev(6), ev(7)]) });
    const stream = createArticleEventStream({ articleId: "a", after: 3, feed });
    const reading = readFrames(stream, (f) => changeIds(f).length >= 5);
    await new Promise((r) => setTimeout(r, 10));
    push([ev(7), ev(8)]); // 7 again (duplicate from the bus), then a new one
    const { frames, reader } = await reading;
    expect(changeIds(frames)).toEqual([4, 5, 6, 7, 8]);
    await reader.cancel();
  });

  it("reads a long backlog in pages", async () => {
    const stored = Array.from({ length: 23 }, (_, i) => ev(i + 1));
    const { feed } = fakeFeed(stored);
    const stream = createArticleEventStream({ articleId: "a", after: 0, feed, backlogPageSize: 5 });
    const { frames, reader } = await readFrames(stream, (f) => changeIds(f).length >= 23);
    expect(changeIds(frames)).toEqual(stored.map((e) => e.id));
    await reader.cancel();
  });

  it("without a cursor, sends only what happens after connecting", async () => {
    const { feed, push } = fakeFeed([ev(1), ev(2)]);
    const stream = createArticleEventStream({ articleId: "a", after: null, feed });
    const reading = readFrames(stream, (f) => changeIds(f).length >= 1);
    await new Promise((r) => setTimeout(r, 10));
    push([ev(2), ev(3)]);
    const { frames, reader } = await reading;
    expect(changeIds(frames)).toEqual([3]);
    await reader.cancel();
  });

  it("sends presence on connect and on change, and heartbeats", async () => {
    let presenceListener: ((users: PresenceUser[]) => void) | null = null;
    const presence: PresenceFeed = {
      list: () => [{ id: "u1", name: "Ana", editingClaimId: null }],
      subscribe: (_a, l) => {
        presenceListener = l;
        return () => (presenceListener = null);
      },
    };
    const { feed } = fakeFeed([]);
    const stream = createArticleEventStream({ articleId: "a", after: null, feed, presence, heartbeatMs: 20 });
    const reading = readFrames(stream, (f) => f.filter((x) => x.event === "presence").length >= 2 && f.some((x) => x.comment === "ping"));
    await new Promise((r) => setTimeout(r, 5));
    presenceListener!([]);
    const { frames, reader } = await reading;
    const presenceData = frames.filter((f) => f.event === "presence").map((f) => JSON.parse(f.data!));
    expect(presenceData[0]).toEqual({ users: [{ id: "u1", name: "Ana", editingClaimId: null }] });
    expect(presenceData[1]).toEqual({ users: [] });
    await reader.cancel();
    expect(presenceListener).toBeNull();
  });

  it("cleans up when the request is aborted", async () => {
    const { feed, unsubscribed } = fakeFeed([ev(1)]);
    const controller = new AbortController();
    const stream = createArticleEventStream({ articleId: "a", after: 0, feed, signal: controller.signal });
    const { reader } = await readFrames(stream, (f) => changeIds(f).length >= 1);
    controller.abort();
    expect(unsubscribed()).toBe(1);
    const rest = await reader.read();
    expect(rest.done).toBe(true);
  });

  it("closes (and lets the client resume) when the backlog cannot be read", async () => {
    const feed: ArticleFeed = {
      subscribe: async () => () => undefined,
      readBacklog: async () => {
        throw new Error("disk on fire");
      },
      latestId: async () => 0,
    };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const stream = createArticleEventStream({ articleId: "a", after: 0, feed });
      const { frames } = await readFrames(stream, () => false, 1_000).catch(() => ({ frames: [] }));
      expect(frames).toEqual([{ retry: "2000" }]);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });

  it("ends after its maximum lifetime so the client re-authenticates", async () => {
    const { feed, unsubscribed } = fakeFeed([]);
    const stream = createArticleEventStream({ articleId: "a", after: null, feed, maxLifetimeMs: 30 });
    const reader = stream.getReader();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(unsubscribed()).toBe(1);
  });
});
