import { compareAnchors, type Anchor } from "@/lib/anchoring";
import type { Verdict } from "@/lib/domain/enums";
import type { ClaimView, PersonRef } from "@/lib/contracts/claims";

/**
 * The workbench's claim state as a pure reducer. Everything that changes claims, whether
 * this user's requests or (later) other users' changes arriving live, goes through
 * these actions, so a live feed only has to dispatch `claimUpserted` / `claimRemoved`.
 */
export interface WorkbenchState {
  /** Saved claims by id. */
  claims: Readonly<Record<string, ClaimView>>;
  /** Optimistic claims drawn before the server answered, by temporary id. */
  pending: Readonly<Record<string, ClaimView>>;
  /**
   * Claims removed here, with the version they were removed at: a late or replayed update
   * of an older version must not bring a deleted claim back, while a restore (which
   * has a newer version) does.
   */
  removed: Readonly<Record<string, number>>;
  selectedId: string | null;
}

export type WorkbenchAction =
  | { type: "claimsReplaced"; claims: readonly ClaimView[] }
  | { type: "claimUpserted"; claim: ClaimView }
  | { type: "claimRemoved"; id: string; version?: number }
  | { type: "claimSelected"; id: string | null }
  | { type: "tempClaimAdded"; claim: ClaimView }
  | { type: "tempClaimConfirmed"; tempId: string; claim: ClaimView }
  | { type: "tempClaimRejected"; tempId: string };

export const claimsReplaced = (claims: readonly ClaimView[]): WorkbenchAction => ({ type: "claimsReplaced", claims });
export const claimUpserted = (claim: ClaimView): WorkbenchAction => ({ type: "claimUpserted", claim });
export const claimRemoved = (id: string, version?: number): WorkbenchAction => ({ type: "claimRemoved", id, version });
export const claimSelected = (id: string | null): WorkbenchAction => ({ type: "claimSelected", id });
export const tempClaimAdded = (claim: ClaimView): WorkbenchAction => ({ type: "tempClaimAdded", claim });
export const tempClaimConfirmed = (tempId: string, claim: ClaimView): WorkbenchAction => ({ type: "tempClaimConfirmed", tempId, claim });
export const tempClaimRejected = (tempId: string): WorkbenchAction => ({ type: "tempClaimRejected", tempId });

const TEMP_PREFIX = "temp-";
export const isTempId = (id: string) => id.startsWith(TEMP_PREFIX);

export function initialWorkbenchState(claims: readonly ClaimView[], selectedId: string | null = null): WorkbenchState {
  const state = workbenchReducer({ claims: {}, pending: {}, removed: {}, selectedId: null }, claimsReplaced(claims));
  return selectedId && state.claims[selectedId] ? { ...state, selectedId } : state;
}

function without<T>(record: Readonly<Record<string, T>>, id: string): Record<string, T> {
  const { [id]: _dropped, ...rest } = record;
  return rest;
}

function upsert(state: WorkbenchState, claim: ClaimView): WorkbenchState {
  if (claim.deletedAt) return remove(state, claim.id, claim.version);
  const existing = state.claims[claim.id];
  if (existing && existing.version > claim.version) return state;
  const tombstone = state.removed[claim.id];
  if (tombstone !== undefined && claim.version <= tombstone) return state;
  return {
    ...state,
    claims: { ...state.claims, [claim.id]: claim },
    removed: tombstone === undefined ? state.removed : without(state.removed, claim.id),
  };
}

function remove(state: WorkbenchState, id: string, version?: number): WorkbenchState {
  const existing = state.claims[id];
  const at = Math.max(version ?? 0, existing?.version ?? 0, state.removed[id] ?? 0);
  return {
    ...state,
    claims: existing ? without(state.claims, id) : state.claims,
    removed: { ...state.removed, [id]: at },
    selectedId: state.selectedId === id ? null : state.selectedId,
  };
}

export function workbenchReducer(state: WorkbenchState, action: WorkbenchAction): WorkbenchState {
  switch (action.type) {
    case "claimsReplaced": {
      const claims: Record<string, ClaimView> = {};
      for (const c of action.claims) if (!c.deletedAt) claims[c.id] = c;
      const selectedId = state.selectedId && (claims[state.selectedId] || state.pending[state.selectedId]) ? state.selectedId : null;
      return { ...state, claims, removed: {}, selectedId };
    }
    case "claimUpserted":
      return upsert(state, action.claim);
    case "claimRemoved":
      return remove(state, action.id, action.version);
    case "claimSelected": {
      const id = action.id;
      if (id !== null && !state.claims[id] && !state.pending[id]) return state;
      return id === state.selectedId ? state : { ...state, selectedId: id };
    }
    case "tempClaimAdded":
      return { ...state, pending: { ...state.pending, [action.claim.id]: action.claim }, selectedId: action.claim.id };
    case "tempClaimConfirmed": {
      const next = upsert({ ...state, pending: without(state.pending, action.tempId) }, action.claim);
      return state.selectedId === action.tempId ? { ...next, selectedId: next.claims[action.claim.id] ? action.claim.id : null } : next;
    }
    case "tempClaimRejected": {
      if (!state.pending[action.tempId]) return state;
      return { ...state, pending: without(state.pending, action.tempId), selectedId: state.selectedId === action.tempId ? null : state.selectedId };
    }
  }
}

/** Saved and optimistic claims in document order (an enclosing claim before those inside it). */
export function claimsInDocumentOrder(state: Pick<WorkbenchState, "claims" | "pending">): ClaimView[] {
  return [...Object.values(state.claims), ...Object.values(state.pending)].sort((a, b) => compareAnchors(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function selectedClaim(state: WorkbenchState): ClaimView | null {
  const id = state.selectedId;
  return id ? state.claims[id] ?? state.pending[id] ?? null : null;
}

/** Claims per verdict key (any key of the newsroom's scale; a missing key counts 0). */
export function countByVerdict(claims: readonly Pick<ClaimView, "verdict">[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = {};
  for (const c of claims) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
  return counts;
}

/** The claim after (`1`) or before (`-1`) the current one in a list, wrapping at the ends. */
export function neighbourClaimId(ordered: readonly Pick<ClaimView, "id">[], currentId: string | null, direction: 1 | -1): string | null {
  if (ordered.length === 0) return null;
  const i = currentId ? ordered.findIndex((c) => c.id === currentId) : -1;
  if (i < 0) return ordered[direction === 1 ? 0 : ordered.length - 1].id;
  return ordered[(i + direction + ordered.length) % ordered.length].id;
}

let tempCounter = 0;

/** An optimistic claim for a selection, shaped like the server's answer will be. */
export function makeTempClaim(input: { articleId: string; anchor: Anchor; actor: PersonRef; now?: Date }): ClaimView {
  const now = (input.now ?? new Date()).toISOString();
  tempCounter += 1;
  return {
    id: `${TEMP_PREFIX}${Date.now().toString(36)}-${tempCounter}`,
    articleId: input.articleId,
    ...input.anchor,
    anchorStatus: "anchored",
    previousExact: null,
    claimant: null,
    normalized: null,
    verdict: "unchecked",
    rationale: "",
    reviewState: "open",
    assignee: null,
    verdictSetBy: null,
    approvedBy: null,
    approvedAt: null,
    version: 0,
    createdBy: input.actor,
    updatedBy: input.actor,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    sources: [],
    commentCount: 0,
  };
}
