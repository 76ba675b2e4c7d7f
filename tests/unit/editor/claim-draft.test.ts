import { describe, expect, it } from "vitest";
import { buildPatch, changedFields, draftFromClaim, isDirty, rebaseDraft, syncDraft, type ClaimDraft } from "@/app/articles/[id]/_workbench/draft";
import { claim } from "./claim-fixtures";

const edit = (draft: ClaimDraft, values: Partial<ClaimDraft["values"]>): ClaimDraft => ({ ...draft, values: { ...draft.values, ...values } });

describe("claim drafts", () => {
  const original = claim({ id: "c1", version: 3, claimant: null, verdict: "unchecked", rationale: "Old." });

  it("is clean until a field really changes (whitespace and empty-vs-null do not count)", () => {
    const draft = draftFromClaim(original);
    expect(isDirty(draft)).toBe(false);
    expect(isDirty(edit(draft, { claimant: "   ", rationale: "Old.\n" }))).toBe(false);
    expect(changedFields(edit(draft, { verdict: "disputed" }))).toEqual(["verdict"]);
  });

  it("sends the version it started from, the changed fields, and their original values as base", () => {
    const draft = edit(draftFromClaim(original), { verdict: "disputed", claimant: " Kremlin " });
    expect(buildPatch(draft)).toEqual({ version: 3, claimant: "Kremlin", verdict: "disputed", base: { claimant: null, verdict: "unchecked" } });
  });

  it("re-bases onto a newer version: my fields stay mine, the others take the new values", () => {
    const mine = edit(draftFromClaim(original), { verdict: "false" });
    const theirs = claim({ ...original, version: 4, rationale: "Their new rationale.", claimant: "Ben" });
    const rebased = rebaseDraft(mine, theirs);
    expect(rebased.values).toMatchObject({ verdict: "false", rationale: "Their new rationale.", claimant: "Ben" });
    expect(buildPatch(rebased)).toEqual({ version: 4, verdict: "false", base: { verdict: "unchecked" } });
  });

  it("follows outside changes: a clean draft refreshes, an edit to other fields re-bases, a clash waits for the server", () => {
    const clean = draftFromClaim(original);
    expect(syncDraft(clean, claim({ ...original, version: 4, verdict: "verified" })).values.verdict).toBe("verified");

    const editing = edit(clean, { rationale: "Mine." });
    const otherField = syncDraft(editing, claim({ ...original, version: 4, verdict: "verified" }));
    expect(otherField.startedFrom.version).toBe(4);
    expect(otherField.values).toMatchObject({ rationale: "Mine.", verdict: "verified" });

    const sameField = syncDraft(editing, claim({ ...original, version: 4, rationale: "Theirs." }));
    expect(sameField).toBe(editing);
  });
});
