import { describe, expect, it } from "vitest";
import { PresenceHub, type PresenceRow, type PresenceTable } from "@/lib/realtime/presence";

/** The Presence table in memory, shared by hubs as instances share the database. */
function memoryTable() {
  const rows = new Map<string, PresenceRow>();
  const signals: string[] = [];
  const key = (a: string, u: string, c: string) => `${a}|${u}|${c}`;
  const table: PresenceTable = {
    async put(row) {
      rows.set(key(row.articleId, row.userId, row.clientId), { ...row });
    },
    async remove(articleId, userId, clientId) {
      rows.delete(key(articleId, userId, clientId));
    },
    async read(articleIds, since) {
      return [...rows.values()].filter((r) => articleIds.includes(r.articleId) && r.seenAt >= since);
    },
    async purge(before) {
      for (const [k, r] of rows) if (r.seenAt < before) rows.delete(k);
    },
    async signal(articleId) {
      signals.push(articleId);
    },
  };
  return { table, rows, signals };
}

function hubs(count = 1) {
  let now = 1_000_000;
  const shared = memoryTable();
  const list = Array.from({ length: count }, () => new PresenceHub(shared.table, { ttlMs: 12_000, autoPoll: false, now: () => now }));
  return { hub: list[0], hubs: list, shared, advance: (ms: number) => (now += ms) };
}
const ana = { id: "u-ana", name: "Ana Editor" };
const ben = { id: "u-ben", name: "Ben Editor" };

describe("PresenceHub", () => {
  it("lists each person once, sorted by name, with the claim they edit", async () => {
    const { hub } = hubs();
    await hub.heartbeat("a1", ben, "tab1", null);
    await hub.heartbeat("a1", ana, "tab1", "claim-1");
    expect(await hub.list("a1")).toEqual([
      { id: "u-ana", name: "Ana Editor", editingClaimId: "claim-1" },
      { id: "u-ben", name: "Ben Editor", editingClaimId: null },
    ]);
    expect(await hub.list("a2")).toEqual([]);
  });

  it("one person in two tabs shows once; the tab that edits wins", async () => {
    const { hub, advance } = hubs();
    await hub.heartbeat("a1", ana, "tab1", "claim-1");
    advance(1000);
    await hub.heartbeat("a1", ana, "tab2", null);
    expect(await hub.list("a1")).toEqual([{ id: "u-ana", name: "Ana Editor", editingClaimId: "claim-1" }]);
    await hub.leave("a1", ana.id, "tab1");
    expect(await hub.list("a1")).toEqual([{ id: "u-ana", name: "Ana Editor", editingClaimId: null }]);
  });

  it("expires an entry 12 s after its last heartbeat, and purges old rows", async () => {
    const { hub, advance, shared } = hubs();
    const changes: string[][] = [];
    hub.subscribe("a1", (users) => changes.push(users.map((u) => u.name)));
    await hub.heartbeat("a1", ana, "t", null);
    advance(10_000);
    await hub.heartbeat("a1", ben, "t", null);
    advance(2_001);
    await hub.refresh();
    expect((await hub.list("a1")).map((u) => u.name)).toEqual(["Ben Editor"]);
    advance(10_000);
    await hub.refresh();
    expect(await hub.list("a1")).toEqual([]);
    expect(changes).toEqual([["Ana Editor"], ["Ana Editor", "Ben Editor"], ["Ben Editor"], []]);
    advance(60_000);
    await hub.heartbeat("a2", ana, "t", null); // purges at most once a minute
    expect([...shared.rows.values()].map((r) => r.articleId)).toEqual(["a2"]);
  });

  it("notifies only on a change, not on every heartbeat", async () => {
    const { hub } = hubs();
    let calls = 0;
    hub.subscribe("a1", () => calls++);
    await hub.heartbeat("a1", ana, "t", null);
    await hub.heartbeat("a1", ana, "t", null);
    await hub.heartbeat("a1", ana, "t", null);
    expect(calls).toBe(1);
    await hub.heartbeat("a1", ana, "t", "claim-9");
    expect(calls).toBe(2);
    await hub.leave("a1", ana.id, "t");
    await hub.leave("a1", ana.id, "t");
    expect(calls).toBe(3);
  });

  it("signals other instances only for a new tab, a change of claim or a goodbye", async () => {
    const { hub, shared, advance } = hubs();
    await hub.heartbeat("a1", ana, "t", null);
    advance(5_000);
    await hub.heartbeat("a1", ana, "t", null);
    await hub.heartbeat("a1", ana, "t", "claim-1");
    await hub.leave("a1", ana.id, "t");
    expect(shared.signals).toEqual(["a1", "a1", "a1"]);
  });

  it("a leaving tab disappears at once", async () => {
    const { hub } = hubs();
    await hub.heartbeat("a1", ana, "t", null);
    expect(await hub.leave("a1", ana.id, "t")).toEqual([]);
  });

  it("two instances over one table: each lists who is on the other, and hears of it on a signal or its poll", async () => {
    const { hubs: [a, b] } = hubs(2);
    const seenOnB: string[][] = [];
    b.subscribe("a1", (users) => seenOnB.push(users.map((u) => u.name)));
    await a.heartbeat("a1", ana, "tab-a", null);
    await b.heartbeat("a1", ben, "tab-b", null);
    expect((await a.list("a1")).map((u) => u.name)).toEqual(["Ana Editor", "Ben Editor"]);
    expect(seenOnB).toEqual([["Ana Editor", "Ben Editor"]]);
    await a.leave("a1", ana.id, "tab-a");
    b.remoteChanged("a1"); // what B's LISTEN connection does when A announces the goodbye
    await new Promise((r) => setTimeout(r, 0));
    expect(seenOnB.at(-1)).toEqual(["Ben Editor"]);
  });
});
