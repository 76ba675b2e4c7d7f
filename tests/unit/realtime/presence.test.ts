import { describe, expect, it } from "vitest";
import { PresenceStore } from "@/lib/realtime/presence";

function store() {
  let now = 1_000_000;
  const s = new PresenceStore({ ttlMs: 12_000, autoSweep: false, now: () => now });
  return { s, advance: (ms: number) => (now += ms) };
}
const ana = { id: "u-ana", name: "Ana Editor" };
const ben = { id: "u-ben", name: "Ben Editor" };

describe("PresenceStore", () => {
  it("lists each person once, sorted by name, with the claim they edit", () => {
    const { s } = store();
    s.heartbeat("a1", ben, "tab1", null);
    s.heartbeat("a1", ana, "tab1", "claim-1");
    expect(s.list("a1")).toEqual([
      { id: "u-ana", name: "Ana Editor", editingClaimId: "claim-1" },
      { id: "u-ben", name: "Ben Editor", editingClaimId: null },
    ]);
    expect(s.list("a2")).toEqual([]);
  });

  it("one person in two tabs shows once; the tab that edits wins", () => {
    const { s, advance } = store();
    s.heartbeat("a1", ana, "tab1", "claim-1");
    advance(1000);
    s.heartbeat("a1", ana, "tab2", null);
    expect(s.list("a1")).toEqual([{ id: "u-ana", name: "Ana Editor", editingClaimId: "claim-1" }]);
    s.leave("a1", ana.id, "tab1");
    expect(s.list("a1")).toEqual([{ id: "u-ana", name: "Ana Editor", editingClaimId: null }]);
  });

  it("expires an entry 12 s after its last heartbeat", () => {
    const { s, advance } = store();
    const changes: string[][] = [];
    s.subscribe("a1", (users) => changes.push(users.map((u) => u.name)));
    s.heartbeat("a1", ana, "t", null);
    advance(10_000);
    s.heartbeat("a1", ben, "t", null);
    advance(2_001);
    s.sweep();
    expect(s.list("a1").map((u) => u.name)).toEqual(["Ben Editor"]);
    advance(10_000);
    s.sweep();
    expect(s.list("a1")).toEqual([]);
    expect(changes).toEqual([["Ana Editor"], ["Ana Editor", "Ben Editor"], ["Ben Editor"], []]);
  });

  it("notifies only on a change, not on every heartbeat", () => {
    const { s } = store();
    let calls = 0;
    s.subscribe("a1", () => calls++);
    s.heartbeat("a1", ana, "t", null);
    s.heartbeat("a1", ana, "t", null);
    s.heartbeat("a1", ana, "t", null);
    expect(calls).toBe(1);
    s.heartbeat("a1", ana, "t", "claim-9");
    expect(calls).toBe(2);
    s.leave("a1", ana.id, "t");
    s.leave("a1", ana.id, "t");
    expect(calls).toBe(3);
  });

  it("a leaving tab disappears at once", () => {
    const { s } = store();
    s.heartbeat("a1", ana, "t", null);
    expect(s.leave("a1", ana.id, "t")).toEqual([]);
  });
});
