"use client";
import { useCallback, useEffect, useState } from "react";
import type { HistoryEntry } from "@/lib/realtime/history-entry";
import type { ClaimView } from "@/lib/contracts/claims";
import { revertFieldLabel, type RevertableField } from "@/lib/domain/event-format";
import { api } from "../api-client";
import { HistoryEntryItem } from "./history-entry-item";
import { ImportedHistory } from "./imported-history";
import type { ImportedHistoryView } from "@/lib/contracts/claims";

interface HistoryPage {
  events: HistoryEntry[];
  nextBefore: number | null;
  imported: ImportedHistoryView[];
}

export interface ClaimHistoryProps {
  claimId: string;
  /** Editors and above (and not when the claim is approved, which locks it). */
  canRevert: boolean;
  /** The claim version the workbench shows; a revert is refused (409) if it is stale. */
  version: number;
  onReverted(claim: ClaimView): void;
  /** Bump to reload, e.g. when a live event for this claim arrives. */
  refreshKey?: number;
}

/** A claim's history, newest first, with "Revert <field>" on the changes that can be undone. */
export function ClaimHistory({ claimId, canRevert, version, onReverted, refreshKey = 0 }: ClaimHistoryProps) {
  const [events, setEvents] = useState<HistoryEntry[] | null>(null);
  const [imported, setImported] = useState<ImportedHistoryView[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const load = useCallback(async (signal?: AbortSignal) => {
    const result = await api<HistoryPage>(`/api/claims/${encodeURIComponent(claimId)}/history`, { signal });
    if (signal?.aborted) return;
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setEvents(result.data.events);
    setImported(result.data.imported ?? []);
    setNextBefore(result.data.nextBefore);
  }, [claimId]);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load, refreshKey]);

  async function loadMore() {
    if (nextBefore === null) return;
    setLoadingMore(true);
    const result = await api<HistoryPage>(`/api/claims/${encodeURIComponent(claimId)}/history?before=${nextBefore}`);
    setLoadingMore(false);
    if (!result.ok) return setError(result.error.message);
    setEvents((list) => [...(list ?? []), ...result.data.events]);
    setNextBefore(result.data.nextBefore);
  }

  async function revert(entry: HistoryEntry, field: RevertableField) {
    const key = `${entry.id}:${field}`;
    setPending(key);
    setError(null);
    const result = await api<{ claim: ClaimView; reverted: boolean }>(`/api/claims/${encodeURIComponent(claimId)}/revert`, { method: "POST", body: { eventId: entry.id, field, version } });
    setPending(null);
    if (!result.ok) return setError(result.error.message);
    onReverted(result.data.claim);
    await load();
  }

  return (
    <section aria-label="Claim history" data-testid="claim-history">
      {error && <p role="alert" className="alert-error mb-2">{error}</p>}
      {events === null && !error && <p className="text-sm text-slate-500">Loading history…</p>}
      {events?.length === 0 && <p className="text-sm text-slate-500">No changes yet.</p>}
      {events && events.length > 0 && (
        <ol className="divide-y divide-slate-100">
          {events.map((entry) => (
            <HistoryEntryItem
              key={entry.id}
              entry={entry}
              actions={
                canRevert && entry.revertable.length > 0
                  ? entry.revertable.map((field) => (
                      <button
                        key={field}
                        type="button"
                        className="btn btn-sm"
                        disabled={pending !== null}
                        aria-label={`Revert the ${revertFieldLabel(field)} to its value before this change`}
                        onClick={() => void revert(entry, field)}
                      >
                        {pending === `${entry.id}:${field}` ? "Reverting…" : `Revert ${revertFieldLabel(field)}`}
                      </button>
                    ))
                  : undefined
              }
            />
          ))}
        </ol>
      )}
      {nextBefore !== null && (
        <button type="button" className="btn btn-sm mt-2" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? "Loading…" : "Show older changes"}
        </button>
      )}
      <ImportedHistory entries={imported} />
    </section>
  );
}
