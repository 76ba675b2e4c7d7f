"use client";
import { useCallback, useMemo, type Dispatch } from "react";
import type { Anchor } from "@/lib/anchoring";
import { api, type ApiErrorValue } from "../../../_components/api-client";
import { normaliseSourceUrl } from "@/lib/domain/source-url";
import type { UndoableAction } from "@/lib/domain/undo";
import type { ClaimPatch } from "./draft";
import type { Announce } from "./announcer";
import { claimRemoved, claimUpserted, makeTempClaim, tempClaimAdded, tempClaimConfirmed, tempClaimRejected, type WorkbenchAction } from "./state";
import type { ClaimView, WorkbenchActor } from "./types";

export type SaveOutcome =
  | { kind: "saved"; claim: ClaimView; mergedWith: string | null }
  | { kind: "conflict"; current: ClaimView; changedBy: string; message: string }
  | { kind: "failed"; message: string; fields?: Record<string, string>; network: boolean };

/** No answer, or a gateway between us and the app that failed: worth retrying as is. */
const isNetworkFailure = (status: number) => status === 0 || status === 502 || status === 503 || status === 504;

export type LinkOutcome = { ok: true; claim: ClaimView } | { ok: false; message: string; fields?: Record<string, string> };

export interface LinkSourceBody {
  sourceId?: string;
  url?: string;
  title?: string;
  publisher?: string;
  author?: string;
  publishedAt?: string;
  excerpt?: string;
  accessedAt?: string;
  archiveUrl?: string;
  stance: "supports" | "refutes" | "context";
}

interface ConflictDetails {
  current?: ClaimView;
  changedBy?: string;
  locked?: boolean;
}

const details = (error: ApiErrorValue) => (error.details ?? {}) as ConflictDetails;

/**
 * Every claim request the workbench makes, each turning the server's answer into state
 * actions and messages. Failures never throw: they come back as values to show.
 */
export function useClaimCommands(deps: {
  articleId: string;
  actor: WorkbenchActor;
  dispatch: Dispatch<WorkbenchAction>;
  announce: Announce;
  /** Told about each mark, delete and verdict change that Mod-Z may take back. */
  onUndoable?: (action: UndoableAction) => void;
}) {
  const { articleId, actor, dispatch, announce, onUndoable } = deps;

  /** A refused write on a stale or locked claim still tells us the claim's current state. */
  const adoptCurrent = useCallback(
    (error: ApiErrorValue) => {
      const current = details(error).current;
      if (current) dispatch(claimUpserted(current));
    },
    [dispatch],
  );

  const createClaim = useCallback(
    async (anchor: Anchor): Promise<void> => {
      const temp = makeTempClaim({ articleId, anchor, actor: { id: actor.id, name: actor.name } });
      dispatch(tempClaimAdded(temp));
      const res = await api<{ claim: ClaimView }>(`/api/articles/${articleId}/claims`, { method: "POST", body: anchor });
      if (res.ok) {
        dispatch(tempClaimConfirmed(temp.id, res.data.claim));
        onUndoable?.({ type: "mark", claimId: res.data.claim.id });
        announce("Claim marked. It is open in the claim panel: set its verdict and sources there.");
      } else {
        dispatch(tempClaimRejected(temp.id));
        announce({ tone: "error", message: `The claim was not saved, so it was taken out again. ${res.error.message}` });
      }
    },
    [articleId, actor.id, actor.name, dispatch, announce, onUndoable],
  );

  const saveClaim = useCallback(
    async (claimId: string, patch: ClaimPatch | (Omit<ClaimPatch, "base"> & { span: Anchor })): Promise<SaveOutcome> => {
      const res = await api<{ claim: ClaimView; rebased: boolean; mergedWith?: string | null }>(`/api/claims/${claimId}`, { method: "PATCH", body: patch });
      if (res.ok) {
        dispatch(claimUpserted(res.data.claim));
        const before = "base" in patch ? patch.base.verdict : undefined;
        if (patch.verdict !== undefined && before && before !== res.data.claim.verdict) {
          onUndoable?.({ type: "verdict", claimId, before: { verdict: before as ClaimView["verdict"] }, after: { verdict: res.data.claim.verdict, version: res.data.claim.version } });
        }
        return { kind: "saved", claim: res.data.claim, mergedWith: res.data.rebased ? res.data.mergedWith ?? "another editor" : null };
      }
      const d = details(res.error);
      adoptCurrent(res.error);
      if (res.error.status === 409 && d.current && !d.locked) {
        return { kind: "conflict", current: d.current, changedBy: d.changedBy ?? d.current.updatedBy.name, message: res.error.message };
      }
      return { kind: "failed", message: res.error.message, fields: res.error.fields, network: isNetworkFailure(res.error.status) };
    },
    [dispatch, adoptCurrent, onUndoable],
  );

  const restoreClaim = useCallback(
    async (claimId: string) => {
      const res = await api<{ claim: ClaimView }>(`/api/claims/${claimId}/restore`, { method: "POST" });
      if (!res.ok) return announce({ tone: "error", message: `The claim could not be restored. ${res.error.message}` });
      dispatch(claimUpserted(res.data.claim));
      announce("Claim restored.");
    },
    [dispatch, announce],
  );

  const deleteClaim = useCallback(
    async (claim: ClaimView) => {
      const res = await api<{ claim: ClaimView }>(`/api/claims/${claim.id}`, { method: "DELETE" });
      if (!res.ok) {
        adoptCurrent(res.error);
        return announce({ tone: "error", message: res.error.message });
      }
      dispatch(claimRemoved(claim.id, res.data.claim.version));
      onUndoable?.({ type: "delete", claimId: claim.id });
      announce({ tone: "info", message: "Claim deleted.", action: { label: "Undo", run: () => void restoreClaim(claim.id) } });
    },
    [dispatch, announce, adoptCurrent, restoreClaim, onUndoable],
  );

  const linkSource = useCallback(
    async (claimId: string, body: LinkSourceBody): Promise<LinkOutcome> => {
      const res = await api<{ claim: ClaimView }>(`/api/claims/${claimId}/sources`, { method: "POST", body });
      if (!res.ok) {
        adoptCurrent(res.error);
        return { ok: false, message: res.error.message, fields: res.error.fields };
      }
      dispatch(claimUpserted(res.data.claim));
      // A URL already stored links that source (one row per address): say so, since the
      // title typed here is not the one shown.
      const wanted = body.url ? normaliseSourceUrl(body.url) : null;
      const linked = wanted ? res.data.claim.sources.find((s) => s.url === wanted) : undefined;
      if (linked && body.title && linked.title !== body.title.trim()) announce(`Linked the existing source “${linked.title}”: that address was already stored.`);
      else announce("Source linked to the claim.");
      return { ok: true, claim: res.data.claim };
    },
    [dispatch, announce, adoptCurrent],
  );

  const unlinkSource = useCallback(
    async (claimId: string, sourceId: string, title: string) => {
      const res = await api<{ claim: ClaimView }>(`/api/claims/${claimId}/sources/${sourceId}`, { method: "DELETE" });
      if (!res.ok) {
        adoptCurrent(res.error);
        return announce({ tone: "error", message: res.error.message });
      }
      dispatch(claimUpserted(res.data.claim));
      announce(`Unlinked “${title}” from the claim.`);
    },
    [dispatch, announce, adoptCurrent],
  );

  return useMemo(
    () => ({ createClaim, saveClaim, deleteClaim, restoreClaim, linkSource, unlinkSource }),
    [createClaim, saveClaim, deleteClaim, restoreClaim, linkSource, unlinkSource],
  );
}

export type ClaimCommands = ReturnType<typeof useClaimCommands>;
