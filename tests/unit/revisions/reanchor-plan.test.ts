import { describe, expect, it } from "vitest";
import { buildAnchor } from "@/lib/anchoring";
import { formatReanchorSummary, planReanchor, type StoredClaimAnchor } from "@/lib/revisions";

const OLD = "The council said the bridge will cost 12 million pounds. Critics disagree. The mayor promised no demolitions.";

function claim(id: string, quote: string, text = OLD, extra: Partial<StoredClaimAnchor> = {}): StoredClaimAnchor {
  const start = text.indexOf(quote);
  return { id, ...buildAnchor(text, start, start + quote.length), anchorStatus: "anchored", previousExact: null, ...extra };
}

describe("planReanchor", () => {
  it("moves untouched claims with the text without calling it a change", () => {
    const c = claim("a", "The mayor promised no demolitions.");
    const plan = planReanchor(OLD, "Breaking: " + OLD, [c]);
    expect(plan.summary).toEqual({ kept: 1, changed: 0, orphaned: 0 });
    expect(plan.updates).toEqual([expect.objectContaining({ id: "a", outcome: "kept", significant: false, data: expect.objectContaining({ start: c.start + 10, anchorStatus: "anchored" }) })]);
  });

  it("writes nothing for a claim that did not move", () => {
    const plan = planReanchor(OLD, OLD + " More.", [claim("a", "Critics disagree.")]);
    // The suffix of a claim near the end may change; one before the edit keeps everything.
    expect(plan.summary.kept).toBe(1);
    expect(planReanchor(OLD, OLD.replace("demolitions", "evictions"), [claim("b", "The council said")]).updates).toEqual([]);
  });

  it("marks edited words as changed and remembers the quote the verdict was given on", () => {
    const c = claim("a", "the bridge will cost 12 million pounds");
    const v2 = OLD.replace("12 million", "14 million");
    const first = planReanchor(OLD, v2, [c]).updates[0];
    expect(first).toMatchObject({ outcome: "changed", significant: true, data: { anchorStatus: "changed", exact: "the bridge will cost 14 million pounds", previousExact: "the bridge will cost 12 million pounds" } });

    // A second edit keeps the original quote; changing back clears the flag.
    const changed = { ...c, ...first.data, id: "a" };
    const v3 = v2.replace("14 million", "15 million");
    expect(planReanchor(v2, v3, [changed]).updates[0].data.previousExact).toBe("the bridge will cost 12 million pounds");
    const back = planReanchor(v2, OLD, [changed]).updates[0];
    expect(back.data).toMatchObject({ anchorStatus: "anchored", previousExact: null, exact: "the bridge will cost 12 million pounds" });
    expect(back.significant).toBe(true);
  });

  it("keeps an orphan's last quote and position, and counts it once", () => {
    const c = claim("a", "Critics disagree.");
    const v2 = OLD.replace(" Critics disagree.", "");
    const plan = planReanchor(OLD, v2, [c]);
    expect(plan.summary).toEqual({ kept: 0, changed: 0, orphaned: 1 });
    expect(plan.updates[0]).toMatchObject({ outcome: "orphaned", significant: true, reason: expect.any(String), data: { anchorStatus: "orphan", exact: "Critics disagree.", start: c.start, end: c.end } });
    // Still an orphan after another edit: nothing to write.
    const orphan = { ...c, anchorStatus: "orphan" as const };
    const again = planReanchor(v2, v2 + " Update.", [orphan]);
    expect(again).toEqual({ updates: [], summary: { kept: 0, changed: 0, orphaned: 1 } });
  });

  it("re-attaches an orphan whose words come back", () => {
    const orphan = { ...claim("a", "Critics disagree."), anchorStatus: "orphan" as const };
    const v2 = OLD.replace(" Critics disagree.", "");
    const plan = planReanchor(v2, OLD, [orphan]);
    expect(plan.updates[0]).toMatchObject({ outcome: "kept", significant: true, data: { anchorStatus: "anchored", exact: "Critics disagree." } });
  });

  it("orphans everything when the text is emptied", () => {
    const plan = planReanchor(OLD, "", [claim("a", "Critics disagree."), claim("b", "The council said")]);
    expect(plan.summary).toEqual({ kept: 0, changed: 0, orphaned: 2 });
  });
});

describe("formatReanchorSummary", () => {
  it("reads as a sentence", () => {
    expect(formatReanchorSummary({ kept: 42, changed: 2, orphaned: 1 })).toBe("42 claims kept, 2 changed, 1 orphaned");
    expect(formatReanchorSummary({ kept: 1, changed: 0, orphaned: 0 })).toBe("1 claim kept, 0 changed, 0 orphaned");
    expect(formatReanchorSummary({ kept: 0, changed: 0, orphaned: 0 })).toBe("No claims to re-anchor.");
  });
});
