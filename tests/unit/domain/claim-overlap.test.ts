import { describe, expect, it } from "vitest";
import { overlapMessage, overlappingClaims } from "@/lib/domain/claim-overlap";

// Reading order: #1 [0,10), #2 [20,40), #3 [25,30), #4 orphan, #5 [50,60)
const claims = [
  { id: "a", start: 0, end: 10 },
  { id: "b", start: 20, end: 40 },
  { id: "c", start: 25, end: 30 },
  { id: "d", start: 22, end: 28, anchorStatus: "orphan" },
  { id: "e", start: 50, end: 60 },
];

describe("overlappingClaims: warn before the same words are marked twice", () => {
  it("finds the very same span first, numbered by reading order", () => {
    const found = overlappingClaims({ start: 25, end: 30 }, claims);
    expect(found.map((f) => [f.claim.id, f.number, f.kind])).toEqual([["c", 3, "same"], ["b", 2, "inside"]]);
    expect(overlapMessage(found[0], found.length)).toBe("This text is already claim #3. It also touches 1 other claim.");
  });

  it("tells a selection inside a claim, around one, and across an edge apart", () => {
    expect(overlappingClaims({ start: 2, end: 5 }, claims)[0]).toMatchObject({ kind: "inside", number: 1 });
    expect(overlappingClaims({ start: 45, end: 65 }, claims)[0]).toMatchObject({ kind: "contains", number: 5 });
    const edge = overlappingClaims({ start: 35, end: 55 }, claims);
    expect(edge.map((f) => [f.claim.id, f.kind])).toEqual([["b", "overlaps"], ["e", "overlaps"]]);
    expect(overlapMessage(edge[0], 2)).toBe("This text overlaps claim #2. It also touches 1 other claim.");
  });

  it("ignores touching ends, orphans and free text", () => {
    expect(overlappingClaims({ start: 10, end: 20 }, claims)).toEqual([]);
    expect(overlappingClaims({ start: 40, end: 50 }, claims)).toEqual([]);
    expect(overlappingClaims({ start: 22, end: 24 }, claims).map((f) => f.claim.id)).toEqual(["b"]);
  });
});
