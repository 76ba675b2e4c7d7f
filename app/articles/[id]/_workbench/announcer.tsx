"use client";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Messages for the person at the keyboard: shown in a small toast and read out by screen
 * readers. The live regions stay mounted so that assistive technology notices changes.
 */
export interface Notice {
  message: string;
  tone: "info" | "error";
  /** An action offered with the message, e.g. "Undo". */
  action?: { label: string; run: () => void };
}

export type Announce = (notice: Notice | string) => void;

const DISMISS_AFTER_MS = { info: 7_000, error: 12_000 };

export function useAnnouncer(): { notice: Notice | null; announce: Announce; dismiss: () => void } {
  const [notice, setNotice] = useState<Notice | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setNotice(null);
  }, []);
  const announce = useCallback<Announce>((input) => {
    const next: Notice = typeof input === "string" ? { message: input, tone: "info" } : input;
    clearTimeout(timer.current);
    setNotice(next);
    timer.current = setTimeout(() => setNotice(null), DISMISS_AFTER_MS[next.tone] + (next.action ? 5_000 : 0));
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return { notice, announce, dismiss };
}

export function NoticeToast({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const info = notice?.tone === "info" ? notice : null;
  const error = notice?.tone === "error" ? notice : null;
  const shown = info ?? error;
  return (
    // The regions are always in the page (empty when quiet) so screen readers track them.
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      <div
        data-testid="workbench-notice"
        className={`flex max-w-xl items-start gap-3 text-sm ${shown ? "pointer-events-auto rounded-lg border px-4 py-2.5 shadow-lg" : ""} ${error ? "border-red-300 bg-red-50 text-red-900" : "border-slate-300 bg-white text-slate-900"}`}
      >
        <div role="status" aria-live="polite" aria-atomic="true" className="min-w-0 flex-1">{info?.message}</div>
        <div role="alert" aria-atomic="true" className={error ? "min-w-0 flex-1" : "sr-only"}>{error?.message}</div>
        {shown?.action && (
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => {
              shown.action?.run();
              onDismiss();
            }}
          >
            {shown.action.label}
          </button>
        )}
        {shown && (
          <button type="button" className="text-slate-500 hover:text-slate-900" aria-label="Dismiss message" onClick={onDismiss}>
            ×
          </button>
        )}
      </div>
    </div>
  );
}
