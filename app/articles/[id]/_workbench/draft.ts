import type { Verdict } from "@/lib/domain/enums";
import type { ClaimView } from "@/lib/contracts/claims";

/**
 * An unsaved edit of a claim's fields, and the values it started from. Saving sends the
 * version it started from plus `base` (the starting values of the changed fields), so the
 * server can merge edits to different fields and refuse edits to the same one (see
 * lib/domain/claim-merge.ts).
 */
export const DRAFT_FIELDS = ["claimant", "normalized", "verdict", "rationale"] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export interface DraftValues {
  claimant: string;
  normalized: string;
  verdict: Verdict;
  rationale: string;
}

export interface ClaimDraft {
  claimId: string;
  /** The claim's version and field values when this edit began (as the server stores them). */
  startedFrom: { version: number; claimant: string | null; normalized: string | null; verdict: Verdict; rationale: string };
  values: DraftValues;
}

export interface ClaimPatch {
  version: number;
  claimant?: string | null;
  normalized?: string | null;
  verdict?: Verdict;
  rationale?: string;
  base: Partial<Record<DraftField, string | null>>;
}

export function draftFromClaim(claim: ClaimView): ClaimDraft {
  return {
    claimId: claim.id,
    startedFrom: { version: claim.version, claimant: claim.claimant, normalized: claim.normalized, verdict: claim.verdict, rationale: claim.rationale },
    values: { claimant: claim.claimant ?? "", normalized: claim.normalized ?? "", verdict: claim.verdict, rationale: claim.rationale },
  };
}

/** A field's value as the server would store it: trimmed, and empty optional text is null. */
function stored(field: DraftField, values: DraftValues): string | null {
  if (field === "verdict") return values.verdict;
  const v = values[field].trim();
  return field === "rationale" ? v : v === "" ? null : v;
}

export function changedFields(draft: ClaimDraft): DraftField[] {
  return DRAFT_FIELDS.filter((f) => stored(f, draft.values) !== draft.startedFrom[f]);
}

export const isDirty = (draft: ClaimDraft) => changedFields(draft).length > 0;

export function buildPatch(draft: ClaimDraft): ClaimPatch {
  const patch: ClaimPatch = { version: draft.startedFrom.version, base: {} };
  for (const f of changedFields(draft)) {
    const value = stored(f, draft.values);
    if (f === "verdict") patch.verdict = value as Verdict;
    else if (f === "rationale") patch.rationale = value ?? "";
    else patch[f] = value;
    patch.base[f] = draft.startedFrom[f];
  }
  return patch;
}

/**
 * Puts this draft on top of a newer version of the claim: the fields this user changed keep
 * their new values, every other field takes the claim's current value, and the edit now
 * starts from the current version.
 */
export function rebaseDraft(draft: ClaimDraft, current: ClaimView): ClaimDraft {
  const mine = new Set(changedFields(draft));
  const fresh = draftFromClaim(current);
  const values = { ...fresh.values };
  for (const f of mine) (values as Record<DraftField, string>)[f] = draft.values[f];
  return { ...fresh, values };
}

/**
 * Follows a claim that changed while it is open: an untouched draft simply shows the new
 * values; an edited one is re-based when the other change touched different fields, and
 * otherwise left alone for the server to report the conflict on save.
 */
export function syncDraft(draft: ClaimDraft, claim: ClaimView): ClaimDraft {
  if (claim.version === draft.startedFrom.version) return draft;
  const mine = changedFields(draft);
  if (mine.length === 0) return draftFromClaim(claim);
  const clash = mine.some((f) => claim[f] !== draft.startedFrom[f]);
  return clash ? draft : rebaseDraft(draft, claim);
}
