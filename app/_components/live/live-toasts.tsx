"use client";
import { useCallback, useEffect, useRef, useState } from "react";

export interface LiveToast {
  id: number;
  text: string;
}

const TOAST_MS = 5_000;
const MAX_TOASTS = 3;

/**
 * Short-lived notices such as "Ben set a verdict: disputed" (see lib/realtime/describe-event).
 * `push` adds one; each disappears after 5 s, at most three are shown.
 */
export function useLiveToasts(): { toasts: LiveToast[]; push(text: string | null | undefined): void; dismiss(id: number): void } {
  const [toasts, setToasts] = useState<LiveToast[]>([]);
  const next = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id));
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
  }, []);

  const push = useCallback(
    (text: string | null | undefined) => {
      if (!text) return;
      const id = next.current++;
      setToasts((list) => [...list, { id, text }].slice(-MAX_TOASTS));
      timers.current.set(id, setTimeout(() => dismiss(id), TOAST_MS));
    },
    [dismiss],
  );

  useEffect(() => {
    const all = timers.current;
    return () => all.forEach((t) => clearTimeout(t));
  }, []);

  return { toasts, push, dismiss };
}

/** The toasts, bottom right, announced politely to screen readers. */
export function LiveToasts({ toasts, onDismiss }: { toasts: LiveToast[]; onDismiss(id: number): void }) {
  return (
    <div aria-live="polite" role="log" aria-label="Changes by others" className="pointer-events-none fixed bottom-4 right-4 z-40 flex w-80 flex-col gap-2" data-testid="live-toasts">
      {toasts.map((t) => (
        <div key={t.id} className="pointer-events-auto flex items-start gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-800 shadow-lg">
          <span className="flex-1">{t.text}</span>
          <button type="button" className="text-slate-500 hover:text-slate-800" aria-label="Dismiss" onClick={() => onDismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
