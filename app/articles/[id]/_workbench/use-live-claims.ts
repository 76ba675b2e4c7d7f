"use client";
import { useCallback, useEffect, useRef, useState, type Dispatch } from "react";
import type { ChangeEvent } from "@/lib/realtime/change-event";
import { describeEvent } from "@/lib/realtime/describe-event";
import type { PresenceUser } from "@/lib/realtime/presence";
import { api } from "../../../_components/api-client";
import { useArticleEvents, type LiveStatus } from "../../../_components/live/use-article-events";
import { useLiveToasts, type LiveToast } from "../../../_components/live/live-toasts";
import { claimRemoved, claimUpserted, type WorkbenchAction } from "./state";
import type { ClaimView, WorkbenchActor } from "./types";

/** Claim refetches wait this long so that a burst of events on one claim costs one request. */
const COALESCE_MS = 120;
/** More claims than this changed at once (an import, a bulk edit): reload the article instead. */
const BULK_THRESHOLD = 40;

/** Events that only move claims because the article text changed: the article reload covers them. */
const ARTICLE_EVENTS = new Set(["article.revised", "claim.reanchored"]);
/** Noise for a toast: a revision re-anchors many claims; the revision itself is announced. */
const SILENT_EVENTS = new Set(["claim.reanchored"]);

const versionIn = (value: unknown): number | null => {
  const v = value && typeof value === "object" ? (value as { version?: unknown }).version : undefined;
  return typeof v === "number" ? v : null;
};

const isClaimView = (value: unknown): value is ClaimView =>
  !!value && typeof value === "object" && typeof (value as ClaimView).id === "string" && typeof (value as ClaimView).start === "number" && typeof (value as ClaimView).version === "number";

export interface LiveClaimsDeps {
  articleId: string;
  actor: WorkbenchActor;
  /** The newest event id the page was rendered with, so nothing in between is missed. */
  cursor: number | null;
  dispatch: Dispatch<WorkbenchAction>;
  /** The saved claims held now (read at event time). */
  claimsRef: { readonly current: Readonly<Record<string, ClaimView>> };
  /** The article version held now (read at event time). */
  articleVersionRef: { readonly current: number };
  /** Re-read the whole article (doc and claims): after a revision, or a resync. */
  reloadArticle: () => void;
  /** Something happened to a claim (for the open claim's comments and history tabs). */
  onClaimActivity?: (claimId: string, kind: "comment" | "change") => void;
}

export interface LiveClaims {
  status: LiveStatus;
  presence: PresenceUser[];
  toasts: LiveToast[];
  dismissToast: (id: number) => void;
}

/**
 * Applies colleagues' changes to the workbench as they arrive on the article's event
 * stream. Created and restored claims carry the whole claim, so they are drawn at once;
 * other claim changes are re-read (one request per claim per burst); a new revision reloads
 * the article. The reducer's version guard makes late or replayed events harmless.
 */
export function useLiveClaims(deps: LiveClaimsDeps): LiveClaims {
  const { articleId, actor, cursor, dispatch, claimsRef, articleVersionRef } = deps;
  const depsRef = useRef(deps);
  useEffect(() => {
    depsRef.current = deps;
  });
  const [presence, setPresence] = useState<PresenceUser[]>([]);
  const { toasts, push, dismiss } = useLiveToasts();

  const queued = useRef(new Set<string>());
  const inFlight = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const scheduleReload = useCallback(() => {
    if (reloadTimer.current) return;
    reloadTimer.current = setTimeout(() => {
      reloadTimer.current = null;
      depsRef.current.reloadArticle();
    }, COALESCE_MS);
  }, []);

  const refetch = useCallback(
    async (claimId: string) => {
      inFlight.current.add(claimId);
      const res = await api<{ claim: ClaimView }>(`/api/claims/${encodeURIComponent(claimId)}`);
      inFlight.current.delete(claimId);
      if (res.ok) dispatch(claimUpserted(res.data.claim));
      else if (res.error.status === 404) dispatch(claimRemoved(claimId));
    },
    [dispatch],
  );

  const flush = useCallback(() => {
    timer.current = null;
    const ids = [...queued.current].filter((id) => !inFlight.current.has(id));
    for (const id of ids) queued.current.delete(id);
    if (ids.length > BULK_THRESHOLD) return scheduleReload();
    for (const id of ids) void refetch(id).then(() => {
      // Changed again while it was being read: read once more.
      if (queued.current.has(id) && !timer.current) timer.current = setTimeout(flush, COALESCE_MS);
    });
  }, [refetch, scheduleReload]);

  const queueRefetch = useCallback(
    (claimId: string) => {
      queued.current.add(claimId);
      if (!timer.current) timer.current = setTimeout(flush, COALESCE_MS);
    },
    [flush],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (reloadTimer.current) clearTimeout(reloadTimer.current);
    },
    [],
  );

  const onChange = useCallback(
    (event: ChangeEvent) => {
      const mine = event.actor?.id === actor.id;
      if (!SILENT_EVENTS.has(event.type)) push(describeEvent(event, actor.id));

      if (ARTICLE_EVENTS.has(event.type)) {
        const version = event.type === "claim.reanchored" ? null : versionIn(event.after);
        if (mine && version !== null && version <= articleVersionRef.current) return;
        return scheduleReload();
      }
      const claimId = event.claimId;
      if (!claimId) return;
      depsRef.current.onClaimActivity?.(claimId, event.type.startsWith("comment.") ? "comment" : "change");

      if ((event.type === "claim.created" || event.type === "claim.restored") && isClaimView(event.after)) {
        return dispatch(claimUpserted(event.after));
      }
      if (event.type === "claim.deleted") return dispatch(claimRemoved(claimId, versionIn(event.after) ?? undefined));
      const version = versionIn(event.after);
      const held = claimsRef.current[claimId];
      if (mine && version !== null && held && held.version >= version) return;
      if (held && version !== null && held.version >= version && !event.type.startsWith("comment.")) return;
      queueRefetch(claimId);
    },
    [actor.id, push, dispatch, claimsRef, articleVersionRef, scheduleReload, queueRefetch],
  );

  const { status } = useArticleEvents(
    articleId,
    {
      onChange,
      onPresence: setPresence,
      onResync: () => depsRef.current.reloadArticle(),
    },
    { after: cursor },
  );

  return { status, presence, toasts, dismissToast: dismiss };
}
