"use client";
import { useState } from "react";
import { NOTIFICATION_KINDS, NOTIFICATION_KIND_LABEL, type NotificationKind } from "@/lib/domain/notifications";
import { api } from "../_components/api-client";

/** Which kinds this person hears about: a checkbox per kind, saved for them alone. */
export function NotificationSettingsForm({ initialMuted }: { initialMuted: NotificationKind[] }) {
  const [muted, setMuted] = useState(new Set(initialMuted));
  const [message, setMessage] = useState<{ kind: "info" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await api<{ muted: NotificationKind[] }>("/api/notifications/settings", { method: "PUT", body: { muted: [...muted] } });
    setBusy(false);
    if (!res.ok) return setMessage({ kind: "error", text: res.error.message });
    setMuted(new Set(res.data.muted));
    setMessage({ kind: "info", text: "Saved. Changes apply to new notifications." });
  }

  return (
    <form onSubmit={(e) => void save(e)} className="card space-y-3 p-4" aria-labelledby="notification-settings-heading">
      <h2 id="notification-settings-heading" className="text-lg font-semibold">Notify me when</h2>
      <fieldset className="space-y-2">
        <legend className="sr-only">Kinds of notification</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={!muted.has(kind)}
              onChange={(e) =>
                setMuted((m) => {
                  const next = new Set(m);
                  if (e.target.checked) next.delete(kind);
                  else next.add(kind);
                  return next;
                })
              }
            />
            {NOTIFICATION_KIND_LABEL[kind]}
          </label>
        ))}
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" className="btn btn-primary" disabled={busy}>Save notification settings</button>
        {message && <p role={message.kind === "error" ? "alert" : "status"} className="text-sm">{message.text}</p>}
      </div>
    </form>
  );
}
