import { describe, expect, it } from "vitest";
import { describeChanges, eventAction, quote, revertableFields } from "@/lib/domain/event-format";

describe("describeChanges", () => {
  it("verdicts and review states use their labels", () => {
    expect(describeChanges({ type: "claim.updated", before: { verdict: "unchecked" }, after: { verdict: "disputed", version: 3, updatedAt: "x" } })).toEqual(["verdict: unchecked → disputed"]);
    expect(describeChanges({ type: "review.approved", before: { reviewState: "needs_review" }, after: { reviewState: "approved" } })).toEqual(["review: needs review → approved"]);
  });

  it("rationales are summarised, not quoted", () => {
    expect(describeChanges({ type: "claim.updated", before: { rationale: "old" }, after: { rationale: "new" } })).toEqual(["rationale changed"]);
    expect(describeChanges({ type: "claim.updated", before: { rationale: "" }, after: { rationale: "new" } })).toEqual(["rationale added"]);
    expect(describeChanges({ type: "claim.updated", before: { rationale: "old" }, after: { rationale: "" } })).toEqual(["rationale cleared"]);
  });

  it("a moved span quotes old and new text", () => {
    expect(describeChanges({ type: "claim.span_moved", before: { exact: "old words", start: 1, end: 10 }, after: { exact: "new words", start: 5, end: 14, version: 2 } })).toEqual(["span moved: “old words” → “new words”"]);
  });

  it("sources say title and stance", () => {
    expect(describeChanges({ type: "source.linked", before: null, after: { source: { title: "Treasury press release", stance: "refutes" }, version: 2 } })).toEqual(["source linked: Treasury press release (refutes)"]);
    expect(describeChanges({ type: "source.unlinked", before: { title: "BBC", stance: "supports", url: "https://bbc.co.uk" }, after: { version: 3 } })).toEqual(["source unlinked: BBC (supports)"]);
    expect(describeChanges({ type: "source.relinked", before: { stance: "supports", excerpt: null }, after: { source: { title: "BBC", stance: "context", excerpt: null } } })).toEqual(["BBC: supports → context"]);
  });

  it("claimant, normalised claim and assignee", () => {
    expect(describeChanges({ type: "claim.updated", before: { claimant: null, normalized: "A" }, after: { claimant: "Putin", normalized: "B" } })).toEqual(["claimant set: “Putin”", "normalised claim: “A” → “B”"]);
    expect(describeChanges({ type: "claim.updated", before: { assigneeId: null }, after: { assigneeId: "u1", assignee: { id: "u1", name: "Ana Editor" } } })).toEqual(["assigned to Ana Editor"]);
    expect(describeChanges({ type: "claim.updated", before: { assigneeId: "u1" }, after: { assigneeId: null, assignee: null } })).toEqual(["unassigned"]);
  });

  it("a new claim shows its quote; comments show their text", () => {
    expect(describeChanges({ type: "claim.created", before: null, after: { exact: "Russia paid bounties", verdict: "unchecked" } })).toEqual(["quote: “Russia paid bounties”"]);
    expect(describeChanges({ type: "comment.added", before: null, after: { body: "Checked with\nthe desk" } })).toEqual(["“Checked with the desk”"]);
  });

  it("unknown fields still read", () => {
    expect(describeChanges({ type: "x.changed", before: { size: 1 }, after: { size: 2 } })).toEqual(["size: 1 → 2"]);
  });
});

describe("eventAction", () => {
  it("names the change", () => {
    expect(eventAction({ type: "claim.reverted", before: { verdict: "false" }, after: { verdict: "unchecked" } })).toBe("reverted a verdict to unchecked");
    expect(eventAction({ type: "claim.reverted", before: { rationale: "b" }, after: { rationale: "a" } })).toBe("reverted a claim’s rationale");
    expect(eventAction({ type: "claim.updated", before: { assigneeId: null }, after: { assigneeId: "u", assignee: { id: "u", name: "Ben Editor" } } })).toBe("assigned a claim to Ben Editor");
    expect(eventAction({ type: "comment.reopened", before: null, after: null })).toBe("reopened a thread");
  });
});

describe("revertableFields", () => {
  it("lists the claim fields whose earlier value was recorded", () => {
    expect(revertableFields({ type: "claim.updated", before: { verdict: "unchecked", rationale: "" }, after: {} })).toEqual(["verdict", "rationale"]);
    expect(revertableFields({ type: "claim.span_moved", before: { exact: "a", start: 1, end: 2 }, after: {} })).toEqual(["span"]);
    expect(revertableFields({ type: "claim.updated", before: { assigneeId: null }, after: {} })).toEqual([]);
    expect(revertableFields({ type: "claim.created", before: null, after: { verdict: "false" } })).toEqual([]);
    expect(revertableFields({ type: "source.linked", before: { verdict: "x" }, after: {} })).toEqual([]);
  });
});

describe("quote", () => {
  it("collapses whitespace and shortens long text", () => {
    expect(quote("a\n b")).toBe("“a b”");
    expect(quote("x".repeat(100), 10)).toBe("“xxxxxxxxx…”");
    expect(quote(null)).toBe("“”");
  });
});

describe("history in the newsroom's words (issue 11)", () => {
  const internal = /approvedBy|approvedAt|anchorStatus|previousExact|reviewNote|verdictSetBy|[a-z][A-Z]\w*:/;

  it("a send-back reads as a send-back, with no bookkeeping fields", () => {
    const event = { type: "review.sent_back", before: { reviewState: "needs_review" }, after: { reviewState: "open", version: 4, approvedBy: null, approvedAt: null }, note: "Add the 2019 figure." };
    expect(eventAction(event)).toBe("sent a claim back");
    expect(describeChanges(event)).toEqual(["review: needs review → open"]);
  });

  it("a reopen says reopened", () => {
    expect(eventAction({ type: "review.reopened", before: {}, after: {} })).toBe("reopened a claim");
  });

  it("re-anchoring says where the claim now stands in the text, not the field names", () => {
    const lines = describeChanges({ type: "claim.reanchored", before: { anchorStatus: "anchored", exact: "3.9%", start: 4, end: 8 }, after: { anchorStatus: "changed", exact: "4.1%", previousExact: "3.9%", start: 4, end: 8 } });
    expect(lines).toContain("place in the text: in place → its words changed");
    expect(lines.join(" ")).not.toMatch(internal);
  });

  it("an unknown field reads as words, and an unchanged one is left out", () => {
    expect(describeChanges({ type: "claim.updated", before: { sourceCount: 1, approvedBy: null }, after: { sourceCount: 2, approvedBy: null } })).toEqual(["source count: 1 → 2"]);
  });
});
