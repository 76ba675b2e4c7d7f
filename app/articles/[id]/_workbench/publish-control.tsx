"use client";
import { useCallback, useEffect, useId, useState } from "react";
import type { PublicationStatusView } from "@/lib/publish/status";
import type { CorrectionChange } from "@/lib/publish/snapshot";
import { api } from "../../../_components/api-client";
import { Modal } from "./modal";

function changeText(c: CorrectionChange): string {
  if (c.kind === "rating") return `Claim ${c.number}: rating ${c.from} → ${c.to}`;
  if (c.kind === "rationale") return `Claim ${c.number}: rationale revised`;
  return `Claim ${c.number} (${c.from}) is no longer approved and leaves the page`;
}

/**
 * Publish the article's approved claims as its public page: "Publish…" then "Publish now"
 * (two clicks). A republish that changes what readers were told asks for a correction
 * note; a published page can be paused with a note for readers.
 */
export function PublishControl({ articleId, canPublish }: { articleId: string; canPublish: boolean }) {
  const [status, setStatus] = useState<PublicationStatusView | null>(null);
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<"publish" | "pause">("publish");
  const [note, setNote] = useState("");
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const id = useId();
  const endpoint = `/api/articles/${encodeURIComponent(articleId)}/publication`;

  const load = useCallback(async () => {
    const result = await api<{ publication: PublicationStatusView }>(endpoint);
    if (result.ok) setStatus(result.data.publication);
  }, [endpoint]);
  useEffect(() => {
    void load();
  }, [load]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result =
      mode === "publish"
        ? await api<{ publication: PublicationStatusView }>(endpoint, { method: "POST", body: note.trim() ? { correctionNote: note.trim() } : {} })
        : await api<{ publication: PublicationStatusView }>(`${endpoint}/pause`, { method: "POST", body: { note: note.trim() } });
    setPending(false);
    if (!result.ok) {
      const details = result.error.details as { changes?: CorrectionChange[] } | undefined;
      if (details?.changes && status) setStatus({ ...status, pendingCorrections: details.changes });
      setError({ message: result.error.message, field: result.error.fields ? Object.keys(result.error.fields)[0] : undefined });
      return;
    }
    setStatus(result.data.publication);
    setOpen(false);
    setNote("");
    setDone(mode === "publish" ? "The fact-check is public." : "The public page is paused.");
  }

  const live = status?.status === "published";
  const needsNote = mode === "publish" && (status?.pendingCorrections.length ?? 0) > 0;
  return (
    <div className="flex items-center gap-2">
      {status?.url && live && (
        <a href={status.url} target="_blank" rel="noopener" className="text-sm text-blue-800 underline" data-testid="public-page-link">
          Public page<span className="sr-only"> (opens in a new tab)</span>
        </a>
      )}
      {status?.status === "paused" && <span className="text-sm text-slate-600">Public page paused</span>}
      {canPublish && (
        <button type="button" className="btn btn-sm" onClick={() => { setMode("publish"); setError(null); setOpen(true); }} disabled={!status}>
          {live ? "Republish…" : "Publish…"}
        </button>
      )}
      <span aria-live="polite" className="sr-only">{done}</span>
      <Modal open={open} onClose={() => setOpen(false)} labelledBy={`${id}-title`} describedBy={`${id}-desc`} className="w-[32rem] max-w-[calc(100vw-2rem)]">
        <form onSubmit={submit} className="space-y-3 p-5" noValidate>
          <h2 id={`${id}-title`} className="text-lg font-semibold">{mode === "pause" ? "Pause the public page" : live ? "Republish the fact-check" : "Publish the fact-check"}</h2>
          {mode === "publish" ? (
            <p id={`${id}-desc`} className="text-sm text-slate-700">
              {status?.approvedClaims ?? 0} approved claim{status?.approvedClaims === 1 ? "" : "s"} will be public, without sign-in{status?.url ? <> at <span className="break-all font-mono text-xs">{status.url}</span></> : ""}. Unapproved claims and staff names are never shown.
            </p>
          ) : (
            <p id={`${id}-desc`} className="text-sm text-slate-700">Readers will see your note instead of the page (410 Gone) until someone republishes.</p>
          )}
          {needsNote && (
            <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
              <p className="font-medium">This republish corrects what readers were told:</p>
              <ul className="ml-5 list-disc">{status!.pendingCorrections.map((c, i) => <li key={i}>{changeText(c)}</li>)}</ul>
            </div>
          )}
          {(needsNote || mode === "pause") && (
            <div>
              <label htmlFor={`${id}-note`} className="label">{mode === "pause" ? "Note for readers" : "Correction note (shown in the corrections log)"}</label>
              <textarea id={`${id}-note`} className="input" rows={3} value={note} onChange={(e) => setNote(e.target.value)} required aria-invalid={!!error?.field} aria-describedby={error ? `${id}-error` : undefined} />
            </div>
          )}
          {error && <p id={`${id}-error`} role="alert" className="field-error">{error.message}</p>}
          <div className="flex flex-wrap justify-end gap-2">
            {mode === "publish" && live && (
              <button type="button" className="btn btn-sm mr-auto" onClick={() => { setMode("pause"); setError(null); }}>Pause page instead…</button>
            )}
            <button type="button" className="btn btn-sm" onClick={() => setOpen(false)}>Cancel</button>
            <button type="submit" className="btn btn-sm btn-primary" disabled={pending}>{pending ? "Working…" : mode === "pause" ? "Pause now" : live ? "Republish now" : "Publish now"}</button>
          </div>
        </form>
      </Modal>
    </div>
  );
}
