"use client";
import { useEffect, useRef, useState } from "react";
import type { ArchiveSummary } from "@/lib/contracts/web";
import { FetchProgress } from "../../../_components/web/fetch-progress";
import { useWebFetch } from "../../../_components/web/use-web-fetch";
import { formatDate } from "./format";
import type { LinkedSourceView } from "./types";

/** Copies made in this page session, so a remounted panel shows them before the next reload. */
const archivedThisSession = new Map<string, { id: string; at: string }>();

/**
 * "archived 3 Dec 2026 · view copy" beside a linked source, or "Not archived yet" with a
 * button; archives by itself when `autoStart` (a source the editor has just linked).
 */
export function SourceArchiveStatus({ source, editable, autoStart }: { source: LinkedSourceView; editable: boolean; autoStart: boolean }) {
  const fromView = source.archiveId && source.archivedAt ? { id: source.archiveId, at: source.archivedAt } : null;
  const session = archivedThisSession.get(source.sourceId);
  const [latest, setLatest] = useState(session && (!fromView || session.at > fromView.at) ? session : fromView);
  const [error, setError] = useState<string | null>(null);
  const fetcher = useWebFetch();
  const started = useRef(false);

  async function archive() {
    setError(null);
    const result = await fetcher.run<{ archive: ArchiveSummary }>(`/api/sources/${source.sourceId}/archives`);
    if (!result) return;
    if (!result.ok) return setError(result.error.message);
    const next = { id: result.data.archive.id, at: result.data.archive.fetchedAt };
    archivedThisSession.set(source.sourceId, next);
    setLatest(next);
  }

  useEffect(() => {
    if (autoStart && editable && !latest && !started.current) {
      started.current = true;
      void archive();
    }
    // Runs once for a newly linked source; archive() is stable enough for this purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoStart, editable]);

  return (
    <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600" data-testid="source-archive">
      {latest ? (
        <span>
          archived {formatDate(latest.at.slice(0, 10))} ·{" "}
          <a href={`/archives/${latest.id}`} target="_blank" rel="noopener" className="text-blue-800 underline">
            view copy<span className="sr-only"> of {source.title} (opens in a new tab)</span>
          </a>
        </span>
      ) : (
        !fetcher.busy && <span>Not archived yet</span>
      )}
      {fetcher.busy ? (
        <FetchProgress label="Archiving" elapsed={fetcher.elapsed} onCancel={fetcher.cancel} small />
      ) : (
        editable && (
          <button type="button" className="text-blue-800 underline" onClick={() => void archive()} aria-label={`${latest ? "Archive again" : "Archive now"}: ${source.title}`}>
            {latest ? "Archive again" : "Archive now"}
          </button>
        )
      )}
      {error && (
        <p role="alert" className="field-error w-full text-xs">
          {error}
        </p>
      )}
    </div>
  );
}
