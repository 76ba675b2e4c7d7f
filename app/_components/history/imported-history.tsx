import type { ImportedHistoryView } from "@/lib/contracts/claims";

/** "2026-01-06 15:30 UTC": the file's own time, shown as written, not relative to now. */
function fileTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * The history that came with an imported file: read-only provenance. Names are the file's
 * text, not accounts here, so nothing links to a person, and nothing can be reverted.
 */
export function ImportedHistory({ entries }: { entries: ImportedHistoryView[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="imported-history-title" className="mt-4 border-t border-slate-200 pt-3" data-testid="imported-history">
      <h3 id="imported-history-title" className="text-sm font-semibold text-slate-800">Imported history</h3>
      <p className="mb-2 text-xs text-slate-600">As recorded in the imported file, oldest first. Names and times are the file’s; they were not checked here.</p>
      <ol className="space-y-2 text-sm">
        {entries.map((e, i) => (
          <li key={i} className="text-slate-700">
            <time dateTime={e.createdAt} className="text-xs text-slate-500">{fileTime(e.createdAt)}</time>{" "}
            <span>{e.actor ?? "Someone unnamed"} {e.action}</span>
            {e.changes.length > 0 && (
              <ul className="ml-4 list-disc text-xs text-slate-600">
                {e.changes.map((line, k) => <li key={k}>{line}</li>)}
              </ul>
            )}
            {e.note && <p className="text-xs italic text-slate-600">{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
