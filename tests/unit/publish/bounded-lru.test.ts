import { describe, expect, it } from "vitest";
import { BoundedLru } from "@/lib/publish/page-cache";

describe("BoundedLru (the public page cache's memory bound)", () => {
  it("evicts the least recently read entry when the count is exceeded", () => {
    const lru = new BoundedLru<string>(2, 1_000);
    lru.set("a", "A", 1);
    lru.set("b", "B", 1);
    expect(lru.get("a")).toBe("A"); // a is now the most recent
    lru.set("c", "C", 1);
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe("A");
    expect(lru.get("c")).toBe("C");
    expect(lru.size).toBe(2);
  });

  it("evicts until the bytes held fit the budget, and never keeps a value bigger than the budget", () => {
    const lru = new BoundedLru<string>(100, 10);
    lru.set("a", "A", 4);
    lru.set("b", "B", 4);
    lru.set("c", "C", 4);
    expect(lru.get("a")).toBeUndefined();
    expect(lru.bytes).toBe(8);
    lru.set("huge", "H", 11);
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.bytes).toBe(8);
  });

  it("replacing an entry counts only its new size; deleting frees it", () => {
    const lru = new BoundedLru<string>(10, 100);
    lru.set("a", "A1", 30);
    lru.set("a", "A2", 20);
    expect(lru.get("a")).toBe("A2");
    expect(lru.bytes).toBe(20);
    expect(lru.size).toBe(1);
    lru.delete("a");
    expect(lru.bytes).toBe(0);
    expect(lru.size).toBe(0);
  });

  it("stays within both bounds under many writes", () => {
    const lru = new BoundedLru<number>(50, 1_000);
    for (let i = 0; i < 10_000; i++) lru.set(`k${i % 300}`, i, 1 + (i % 40));
    expect(lru.size).toBeLessThanOrEqual(50);
    expect(lru.bytes).toBeLessThanOrEqual(1_000);
  });
});
