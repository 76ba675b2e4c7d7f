"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { STANCE_LABEL } from "@/lib/domain/verdicts";
import { MetaLine } from "../../../_components/meta-line";
import { AddSourceForm } from "./add-source-form";
import { safeLinkHref } from "@/lib/domain/link-safety";
import { formatDate } from "./format";
import { ReuseSourceForm } from "./reuse-source-form";
import { SourceArchiveStatus } from "./source-archive-status";
import { STANCE_STYLE } from "./source-inputs";
import type { ClaimCommands } from "./use-claim-commands";
import type { ClaimView } from "./types";

/** The sources cited for a claim, with their stance, and ways to add or reuse one. */
export function SourcesSection(props: { articleId: string; claim: ClaimView; editable: boolean; commands: ClaimCommands }) {
  const { articleId, claim, editable, commands } = props;
  const [mode, setMode] = useState<"none" | "add" | "reuse">("none");
  const linkedIds = useMemo(() => new Set(claim.sources.map((s) => s.sourceId)), [claim.sources]);
  // Sources linked by URL here are archived as soon as they appear (issue 14).
  const [justLinked, setJustLinked] = useState<ReadonlySet<string>>(new Set());
  // Closing the reuse picker (Escape, Cancel, linked) puts focus back on the button that opened it.
  const reuseButton = useRef<HTMLButtonElement>(null);
  const wasReusing = useRef(false);
  useEffect(() => {
    if (mode === "none" && wasReusing.current) reuseButton.current?.focus();
    wasReusing.current = mode === "reuse";
  }, [mode]);

  return (
    <section aria-labelledby={`sources-heading-${claim.id}`} className="space-y-2">
      <h3 id={`sources-heading-${claim.id}`} className="text-sm font-semibold">
        Sources <span className="font-normal text-slate-600">({claim.sources.length})</span>
      </h3>
      {claim.sources.length === 0 && <p className="text-sm text-slate-600">No sources yet.</p>}
      <ul className="space-y-2" aria-label="Linked sources">
        {claim.sources.map((s) => {
          const href = safeLinkHref(s.url);
          const archive = safeLinkHref(s.archiveUrl);
          return (
            <li key={s.sourceId} className="rounded-md border border-slate-200 p-2.5 text-sm" data-testid="linked-source">
              <div className="flex items-start justify-between gap-2">
                <span className={`shrink-0 rounded border px-1.5 py-0.5 text-xs font-medium ${STANCE_STYLE[s.stance]}`}>{STANCE_LABEL[s.stance]}</span>
                {editable && (
                  <button type="button" className="text-xs text-red-800 underline" onClick={() => void commands.unlinkSource(claim.id, s.sourceId, s.title)} aria-label={`Unlink ${s.title}`}>
                    Unlink
                  </button>
                )}
              </div>
              <p className="mt-1 font-medium">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer" className="text-blue-800 underline">
                    {s.title}
                    <span className="sr-only"> (opens in a new tab)</span>
                  </a>
                ) : (
                  s.title
                )}
              </p>
              <p className="text-xs text-slate-600">
                <MetaLine
                  items={[
                    s.author,
                    s.publisher,
                    s.publishedAt && `published ${formatDate(s.publishedAt)}`,
                    s.accessedAt && `accessed ${formatDate(s.accessedAt)}`,
                    archive && (
                      <a key="archive" href={archive} target="_blank" rel="noopener noreferrer" className="text-blue-800 underline">
                        archived copy<span className="sr-only"> of {s.title} (opens in a new tab)</span>
                      </a>
                    ),
                  ]}
                />
              </p>
              <SourceArchiveStatus source={s} editable={editable} autoStart={justLinked.has(s.sourceId)} />
              {s.excerpt && <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-xs italic text-slate-700">{s.excerpt}</blockquote>}
            </li>
          );
        })}
      </ul>
      {editable && mode === "none" && (
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn btn-sm" onClick={() => setMode("add")}>Add a source</button>
          <button ref={reuseButton} type="button" className="btn btn-sm" onClick={() => setMode("reuse")}>Reuse a source from this article</button>
        </div>
      )}
      {editable && mode === "add" && <AddSourceForm claimId={claim.id} commands={commands} onDone={() => setMode("none")} onLinked={(id) => setJustLinked((prev) => new Set(prev).add(id))} />}
      {editable && mode === "reuse" && <ReuseSourceForm articleId={articleId} claimId={claim.id} linkedIds={linkedIds} commands={commands} onDone={() => setMode("none")} />}
    </section>
  );
}
