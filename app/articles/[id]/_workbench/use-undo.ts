"use client";
import { useCallback, useEffect, useRef, type Dispatch } from "react";
import { isUndoShortcut, planUndo, type UndoableAction } from "@/lib/domain/undo";
import { api } from "../../../_components/api-client";
import type { Announce } from "./announcer";
import { claimRemoved, claimUpserted, type WorkbenchAction } from "./state";
import type { ClaimView } from "./types";

/** How many of one's own steps Mod-Z can walk back. */
const MAX_STEPS = 20;

const DONE: Record<UndoableAction["type"], string> = {
  mark: "Undone: the claim you marked was removed.",
  delete: "Undone: the claim you deleted is back.",
  verdict: "Undone: the verdict is back to what it was.",
};

/**
 * Mod-Z outside text fields takes back this person's own last mark, delete or verdict
 * change (and, pressed again, the one before, up to 20) (lib/domain/undo plans the request). Undo is an ordinary write, recorded by the
 * server like any other, and refused when a colleague changed the claim since.
 */
export function useUndo(deps: { dispatch: Dispatch<WorkbenchAction>; announce: Announce; enabled: boolean; isArticleReadOnly: () => boolean }) {
  const steps = useRef<UndoableAction[]>([]);
  const depsRef = useRef(deps);
  useEffect(() => {
    depsRef.current = deps;
  });

  const record = useCallback((action: UndoableAction) => {
    steps.current = [...steps.current, action].slice(-MAX_STEPS);
  }, []);

  const undo = useCallback(async () => {
    const { dispatch, announce } = depsRef.current;
    const action = steps.current.pop();
    if (!action) return announce("Nothing to undo: you have not marked, deleted or changed a verdict here yet.");
    const call = planUndo(action);
    const res = await api<{ claim: ClaimView }>(call.path, { method: call.method, body: call.body });
    if (!res.ok) {
      const current = (res.error.details as { current?: ClaimView } | undefined)?.current;
      if (current) dispatch(claimUpserted(current));
      return announce({ tone: "error", message: `Could not undo. ${res.error.message}` });
    }
    if (action.type === "mark") dispatch(claimRemoved(action.claimId, res.data.claim.version));
    else dispatch(claimUpserted(res.data.claim));
    announce(DONE[action.type]);
  }, []);

  useEffect(() => {
    if (!deps.enabled) return;
    const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
    function onKeyDown(event: KeyboardEvent) {
      if (document.querySelector("dialog[open]")) return;
      const el = event.target instanceof HTMLElement ? event.target : null;
      // The read-only article has a caret but is not a place to type: undo works there too.
      // (ProseMirror always cancels Mod-Z's native default, so that is no sign of it being handled.)
      const inReadOnlyArticle = !!el?.closest(".ProseMirror") && depsRef.current.isArticleReadOnly();
      if (event.defaultPrevented && !inReadOnlyArticle) return;
      const target = inReadOnlyArticle ? null : el ? { tagName: el.tagName, isContentEditable: el.isContentEditable, type: (el as HTMLInputElement).type } : null;
      if (!isUndoShortcut(event, target, isMac)) return;
      event.preventDefault();
      void undo();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [deps.enabled, undo]);

  return { record, undo };
}
