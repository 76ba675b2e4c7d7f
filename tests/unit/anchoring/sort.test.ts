import { describe, expect, it } from "vitest";
import { compareAnchors, contains, overlaps } from "@/lib/anchoring";

describe("compareAnchors", () => {
  it("orders claims as they are read, an enclosing claim before those nested in it", () => {
    const outer = { id: "outer", start: 10, end: 60 };
    const inner = { id: "inner", start: 10, end: 25 };
    const later = { id: "later", start: 30, end: 40 };
    const first = { id: "first", start: 0, end: 5 };
    expect([later, inner, outer, first].sort(compareAnchors).map((c) => c.id)).toEqual(["first", "outer", "inner", "later"]);
  });

  it("treats identical spans as equal", () => {
    expect(compareAnchors({ start: 3, end: 9 }, { start: 3, end: 9 })).toBe(0);
  });
});

describe("overlaps and contains", () => {
  it("sees overlapping and nested claims, but not claims that merely touch", () => {
    expect(overlaps({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(true);
    expect(overlaps({ start: 0, end: 10 }, { start: 2, end: 4 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 5, end: 9 }, { start: 0, end: 5 })).toBe(false);
  });

  it("knows when one claim lies inside another", () => {
    expect(contains({ start: 0, end: 10 }, { start: 2, end: 4 })).toBe(true);
    expect(contains({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(true);
    expect(contains({ start: 2, end: 4 }, { start: 0, end: 10 })).toBe(false);
    expect(contains({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(false);
  });
});
