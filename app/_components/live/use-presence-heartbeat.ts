"use client";
import { useEffect, useRef } from "react";

export const HEARTBEAT_MS = 5_000;

function newClientId(): string {
  const random = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2);
  return random.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 64);
}

/**
 * Tells the server this tab has the article open, and which claim it is editing: a POST
 * every 5 s and at once when `editingClaimId` changes. When the tab closes (pagehide) or the
 * component unmounts it says goodbye with a keepalive request, so others see it leave at
 * once instead of after the 12 s expiry.
 */
export function usePresenceHeartbeat(articleId: string, editingClaimId: string | null, options: { enabled?: boolean } = {}): void {
  const enabled = options.enabled ?? true;
  const clientId = useRef<string | null>(null);
  const editing = useRef(editingClaimId);
  editing.current = editingClaimId;
  const beatRef = useRef<(() => void) | null>(null);
  const sentEditing = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    if (!enabled) return;
    clientId.current ??= newClientId();
    const url = `/api/articles/${encodeURIComponent(articleId)}/presence`;
    const send = (body: Record<string, unknown>, keepalive = false) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ clientId: clientId.current, ...body }), keepalive, credentials: "same-origin" }).catch(() => undefined);

    const beat = () => {
      sentEditing.current = editing.current;
      void send({ editingClaimId: editing.current });
    };
    beatRef.current = beat;
    const leave = () => void send({ leaving: true }, true);
    const onVisible = () => {
      if (document.visibilityState === "visible") beat();
    };

    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    window.addEventListener("pagehide", leave);
    // After a bfcache restore or a long background throttle, announce again right away.
    window.addEventListener("pageshow", beat);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("pageshow", beat);
      document.removeEventListener("visibilitychange", onVisible);
      beatRef.current = null;
      leave();
    };
  }, [articleId, enabled]);

  // A new claim being edited is announced at once, not at the next tick.
  useEffect(() => {
    if (sentEditing.current !== editingClaimId) beatRef.current?.();
  }, [editingClaimId]);
}
