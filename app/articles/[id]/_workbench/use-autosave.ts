"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { isDirty, type ClaimDraft } from "./draft";

/** How a save attempt ended, as the autosave loop needs to know it. */
export type SendResult = "saved" | "conflict" | "failed" | "network";

export type AutosaveStatus = "idle" | "saving" | "saved" | "offline" | "conflict" | "failed";

/** Quiet time after the last keystroke before saving: long enough not to save every letter. */
export const AUTOSAVE_DELAY_MS = 1200;
/** Back-off between retries of a save the network swallowed; it never gives up. */
const RETRY_MS = [2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * Saves a claim draft by itself: after a pause in typing, at once on "Save", again after a
 * network failure (with back-off, and as soon as the browser is back online), and one last
 * time when the panel closes on another claim. One save at a time per claim, so two saves
 * never race each other into a self-inflicted version conflict.
 */
export function useAutosave(opts: {
  draft: ClaimDraft;
  /** A conflict is waiting for the user's choice: saving again would only repeat it. */
  paused: boolean;
  send: (draft: ClaimDraft, explicit: boolean) => Promise<SendResult>;
  /** Called with a still-unsaved draft when the panel unmounts (another claim was opened). */
  flushOnLeave: (draft: ClaimDraft) => void;
}) {
  const { draft, paused } = opts;
  const [status, setStatus] = useState<AutosaveStatus>("idle");
  const draftRef = useRef(draft);
  const sendRef = useRef(opts.send);
  const flushRef = useRef(opts.flushOnLeave);
  const inFlight = useRef(false);
  const again = useRef(false);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const statusRef = useRef(status);
  /** The draft that last met a conflict: not retried until the user changes something. */
  const conflictedDraft = useRef<ClaimDraft | null>(null);
  useEffect(() => {
    sendRef.current = opts.send;
    flushRef.current = opts.flushOnLeave;
    statusRef.current = status;
  });

  const run = useCallback(async (explicit: boolean) => {
    clearTimeout(timer.current);
    const toSave = draftRef.current;
    if (!isDirty(toSave)) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setStatus("saving");
    const result = await sendRef.current(toSave, explicit);
    inFlight.current = false;
    if (result === "network") {
      setStatus("offline");
      const wait = RETRY_MS[Math.min(attempt.current, RETRY_MS.length - 1)];
      attempt.current += 1;
      timer.current = setTimeout(() => void run(false), wait);
      return;
    }
    attempt.current = 0;
    if (result === "conflict") conflictedDraft.current = toSave;
    setStatus(result);
    if (again.current && result === "saved") {
      again.current = false;
      timer.current = setTimeout(() => void run(false), AUTOSAVE_DELAY_MS);
    }
  }, []);

  // Each change (re)starts the quiet-time timer.
  useEffect(() => {
    draftRef.current = draft;
    if (paused || !isDirty(draft) || conflictedDraft.current === draft) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(false), statusRef.current === "offline" ? RETRY_MS[0] : AUTOSAVE_DELAY_MS);
  }, [draft, paused, run]);

  useEffect(() => {
    const retryNow = () => {
      if (statusRef.current === "offline") void run(false);
    };
    window.addEventListener("online", retryNow);
    return () => window.removeEventListener("online", retryNow);
  }, [run]);

  // Leaving this claim for another: send what is left rather than wait for the timer.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      const last = draftRef.current;
      if (isDirty(last) && !inFlight.current && conflictedDraft.current !== last) flushRef.current(last);
    },
    [],
  );

  const dirty = isDirty(draft);
  return {
    /** What the panel shows: a dirty draft that is not being saved reads as "Unsaved changes". */
    status: dirty && (status === "idle" || status === "saved") ? ("pending" as const) : status,
    saving: status === "saving",
    saveNow: () => void run(true),
    /** Saves this exact draft now (a draft just rebased over a conflict). */
    saveDraftNow: (next: ClaimDraft) => {
      draftRef.current = next;
      void run(true);
    },
    /** True while a save is on its way: leaving the page now could lose it. */
    isBusy: () => inFlight.current || isDirty(draftRef.current),
  };
}
