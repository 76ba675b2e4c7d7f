"use client";
import { useId, useState } from "react";
import { STANCE_LABEL } from "@/lib/domain/verdicts";
import type { QueueItem } from "@/lib/contracts/review";

/**
 * A queue row's evidence, folded: the rationale and the linked sources, so a reviewer reads
 * them before approving without leaving the queue.
 */
export function QueueEvidence({ item }: { item: Pick<QueueItem, "rationale" | "sources" | "excerpt"> }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="mt-1">
      <button type="button" className="text-xs font-medium text-blue-800 underline" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? "Hide rationale and sources" : "Show rationale and sources"}
      </button>
      {open && (
        <div id={id} className="mt-1 space-y-1 rounded-md border border-slate-200 bg-stone-50 p-2 text-xs text-slate-800" data-testid="queue-evidence">
          <p className="font-semibold">Rationale</p>
          <p className="whitespace-pre-wrap">{item.rationale.trim() || "No rationale yet."}</p>
          <p className="font-semibold">Sources</p>
          {item.sources.length === 0 ? (
            <p>No sources linked.</p>
          ) : (
            <ul className="list-disc pl-4">
              {item.sources.map((s) => (
                <li key={s.url}>
                  <a href={s.url} className="text-blue-800 underline" target="_blank" rel="noopener noreferrer">{s.title}</a> <span className="text-slate-600">({STANCE_LABEL[s.stance].toLowerCase()})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
