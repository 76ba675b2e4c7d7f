"use client";
import type { ReactNode } from "react";
import type { HistoryEntry } from "@/lib/realtime/history-entry";
import { quote } from "@/lib/domain/event-format";
import { RelativeTime } from "./relative-time";

/** One entry of a history or activity list: who, what, when, and the lines of change. */
export function HistoryEntryItem({ entry, showClaim = false, actions }: { entry: HistoryEntry; showClaim?: boolean; actions?: ReactNode }) {
  return (
    <li className="py-2.5" data-testid="history-entry" data-event-id={entry.id}>
      <div className="text-sm text-slate-800">
        <span className="font-medium">{entry.actor?.name ?? "Factdesk"}</span> {entry.action}
        {showClaim && entry.claimExact && <span className="text-slate-600"> {quote(entry.claimExact, 70)}</span>}
        <span className="text-slate-500"> · </span>
        <RelativeTime iso={entry.createdAt} className="text-slate-500" />
      </div>
      {entry.changes.length > 0 && (
        <ul className="mt-0.5 space-y-0.5 text-sm text-slate-600">
          {entry.changes.map((line, i) => (
            <li key={i} className="break-words">{line}</li>
          ))}
        </ul>
      )}
      {entry.note && (
        <p className="mt-0.5 text-sm text-slate-700" data-testid="history-note">
          <span className="font-medium">Note:</span> {entry.note}
        </p>
      )}
      {actions && <div className="mt-1 flex flex-wrap gap-1.5">{actions}</div>}
    </li>
  );
}
