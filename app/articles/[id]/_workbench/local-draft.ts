import { verdictSchema } from "@/lib/domain/enums";
import { isDirty, type ClaimDraft } from "./draft";

/**
 * A copy of each unsaved claim edit in this browser's localStorage, so a reload, a closed tab
 * or a crash never loses typing: the claim panel restores it when the claim is opened again
 * and autosave then sends it (version-checked, so a colleague's newer save is never overwritten
 * silently: it comes back as the conflict dialog).
 */
const KEY_PREFIX = "factdesk:claim-draft:";
const keyOf = (claimId: string) => `${KEY_PREFIX}${claimId}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled (privacy mode): the in-memory draft and autosave still work
  }
}

const isText = (v: unknown): v is string => typeof v === "string";
const isOptionalText = (v: unknown): v is string | null => v === null || typeof v === "string";

/** Anything read back from storage is checked: another version of the app may have written it. */
export function parseStoredDraft(raw: string | null, claimId: string): ClaimDraft | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const d = value as Partial<ClaimDraft> | null;
  const s = d?.startedFrom;
  const v = d?.values;
  if (!d || d.claimId !== claimId || !s || !v) return null;
  // Any key of a scale: the server refuses one the current scale lacks when the draft is saved.
  const verdictOk = (x: unknown) => verdictSchema.safeParse(x).success;
  if (!Number.isInteger(s.version) || !isOptionalText(s.claimant) || !isOptionalText(s.normalized) || !verdictOk(s.verdict) || !isText(s.rationale)) return null;
  if (!isText(v.claimant) || !isText(v.normalized) || !verdictOk(v.verdict) || !isText(v.rationale)) return null;
  return { claimId, startedFrom: { ...s }, values: { ...v } } as ClaimDraft;
}

export function readLocalDraft(claimId: string): ClaimDraft | null {
  const draft = parseStoredDraft(storage()?.getItem(keyOf(claimId)) ?? null, claimId);
  return draft && isDirty(draft) ? draft : null;
}

/** Keeps the draft while it differs from what it started from; forgets it once clean. */
export function writeLocalDraft(draft: ClaimDraft): void {
  const store = storage();
  if (!store) return;
  try {
    if (isDirty(draft)) store.setItem(keyOf(draft.claimId), JSON.stringify(draft));
    else store.removeItem(keyOf(draft.claimId));
  } catch {
    // Quota full: autosave still runs; there is nothing better to do with the copy.
  }
}

export function forgetLocalDraft(claimId: string): void {
  try {
    storage()?.removeItem(keyOf(claimId));
  } catch {
    /* see writeLocalDraft */
  }
}
