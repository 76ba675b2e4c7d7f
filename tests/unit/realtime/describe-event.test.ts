import { describe, expect, it } from "vitest";
import { describeEvent, firstName } from "@/lib/realtime/describe-event";

const by = (name: string, id = "u1") => ({ id, name });

describe("describeEvent (toast text)", () => {
  it("says who did what, by first name", () => {
    expect(describeEvent({ type: "claim.created", actor: by("Ana Editor"), before: null, after: { exact: "x" }, note: null })).toBe("Ana marked a claim");
    expect(describeEvent({ type: "claim.updated", actor: by("Ben Editor"), before: { verdict: "unchecked" }, after: { verdict: "disputed", version: 2 }, note: null })).toBe("Ben set a verdict: disputed");
    expect(describeEvent({ type: "review.approved", actor: by("Rui Reviewer"), before: { reviewState: "needs_review" }, after: { reviewState: "approved" }, note: null })).toBe("Rui approved a claim");
  });

  it("covers comments, sources and deletes", () => {
    const actor = by("Ana Editor");
    expect(describeEvent({ type: "comment.added", actor, before: null, after: { body: "hi", parentId: null }, note: null })).toBe("Ana commented on a claim");
    expect(describeEvent({ type: "comment.added", actor, before: null, after: { body: "hi", parentId: "c0" }, note: null })).toBe("Ana replied to a comment");
    expect(describeEvent({ type: "source.linked", actor, before: null, after: { source: { title: "T", stance: "refutes" } }, note: null })).toBe("Ana linked a source");
    expect(describeEvent({ type: "claim.deleted", actor, before: null, after: null, note: null })).toBe("Ana deleted a claim");
    expect(describeEvent({ type: "comment.resolved", actor, before: null, after: null, note: null })).toBe("Ana resolved a thread");
  });

  it("names an edit of several fields plainly", () => {
    expect(describeEvent({ type: "claim.updated", actor: by("Ben Editor"), before: { verdict: "unchecked", rationale: "" }, after: { verdict: "false", rationale: "x" }, note: null })).toBe("Ben edited a claim");
    expect(describeEvent({ type: "claim.updated", actor: by("Ben Editor"), before: { rationale: "" }, after: { rationale: "x" }, note: null })).toBe("Ben edited a rationale");
  });

  it("reads unknown event types sensibly", () => {
    expect(describeEvent({ type: "article.archived", actor: by("Ada Admin"), before: null, after: null, note: null })).toBe("Ada archived an article");
  });

  it("says Someone for system events, and nothing for your own", () => {
    expect(describeEvent({ type: "claim.created", actor: null, before: null, after: null, note: null })).toBe("Someone marked a claim");
    expect(describeEvent({ type: "claim.created", actor: by("Ana Editor", "me"), before: null, after: null, note: null }, "me")).toBeNull();
  });

  it("firstName", () => {
    expect(firstName("  Ana   Editor ")).toBe("Ana");
    expect(firstName("Madonna")).toBe("Madonna");
  });
});
