"use client";
import { useEffect, useState } from "react";
import { api } from "../api-client";
import { VerdictLabel } from "../revisions/verdict-label";
import { MetaLine } from "../meta-line";
import { REVIEW_STATE_LABEL, STANCE_LABEL } from "@/lib/domain/verdicts";
import type { ClaimView } from "@/lib/contracts/claims";
import type { SimilarClaimView } from "@/lib/contracts/claims";
import type { CopyFromClaimResult } from "@/lib/contracts/claims";

export type SimilarClaimsLoad = { state: "loading" } | { state: "error"; message: string } | { state: "ready"; similar: SimilarClaimView[] };

/** A claim opened only in passing (arrowing through the list) does not cost a search. */
const SEARCH_DELAY_MS = 250;

/**
 * Prior fact-checks of a claim (null: none to look for, e.g. a claim still being saved). Read by
 * the claim panel as soon as a claim is open, so its "Similar" tab can say how many there are;
 * the tab's panel shows the same answer without asking again.
 */
export function useSimilarClaims(claimId: string | null): SimilarClaimsLoad {
  const [load, setLoad] = useState<{ claimId: string | null; load: SimilarClaimsLoad }>({ claimId: null, load: { state: "loading" } });
  useEffect(() => {
    if (claimId === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      void api<{ similar: SimilarClaimView[] }>(`/api/claims/${encodeURIComponent(claimId)}/similar`, { signal: controller.signal }).then((r) => {
        if (controller.signal.aborted) return;
        setLoad({ claimId, load: r.ok ? { state: "ready", similar: r.data.similar } : { state: "error", message: r.error.message } });
      });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [claimId]);
  // An answer for another claim is never shown for this one.
  return load.claimId === claimId ? load.load : { state: "loading" };
}

export interface SimilarClaimsProps {
  claimId: string;
  /** The claim version the panel shows; copying from an older one is refused (409). */
  version: number;
  canEdit: boolean;
  /** From useSimilarClaims(claimId). */
  load: SimilarClaimsLoad;
  onCopied(claim: ClaimView): void;
}

/**
 * Prior fact-checks: claims from other articles that say much the same thing, with their
 * verdict, review state and sources. An editor can copy their sources (and, if it fits,
 * the verdict as a draft) instead of researching again.
 */
export function SimilarClaims({ claimId, version, canEdit, load, onCopied }: SimilarClaimsProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);

  async function copy(from: SimilarClaimView, includeVerdict: boolean) {
    setBusy(from.claim.id);
    setMessage(null);
    const r = await api<CopyFromClaimResult>(`/api/claims/${encodeURIComponent(claimId)}/copy-from`, {
      method: "POST",
      body: { fromClaimId: from.claim.id, version, includeVerdict },
    });
    setBusy(null);
    if (!r.ok) return setMessage({ kind: "error", text: r.error.message });
    const { sources, alreadyLinked, verdict } = r.data.copied;
    const parts = [
      sources > 0 ? `${sources} source${sources === 1 ? "" : "s"} linked` : "No new sources",
      alreadyLinked > 0 ? `${alreadyLinked} already cited` : null,
      verdict ? "verdict and rationale copied as a draft — check they apply here" : null,
    ].filter(Boolean);
    setMessage({ kind: "info", text: parts.join("; ") + "." });
    onCopied(r.data.claim);
  }

  return (
    <section aria-labelledby={`similar-${claimId}`} className="space-y-2" data-testid="similar-claims">
      <h3 id={`similar-${claimId}`} className="text-sm font-semibold">Prior fact-checks</h3>
      {load.state === "loading" && <p className="text-xs text-slate-500">Looking for similar claims…</p>}
      {load.state === "error" && <p className="alert-error">{load.message}</p>}
      {load.state === "ready" && load.similar.length === 0 && <p className="text-xs text-slate-600">No similar claims in other articles.</p>}
      {message && <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "alert-error" : "alert-info"}>{message.text}</p>}
      {load.state === "ready" && load.similar.length > 0 && (
        <ol className="space-y-2">
          {load.similar.map((s) => (
            <li key={s.claim.id} className="rounded-md border border-slate-200 bg-white p-2 text-sm">
              <a href={`/articles/${encodeURIComponent(s.article.id)}?claim=${encodeURIComponent(s.claim.id)}`} className="font-medium text-slate-900 hover:underline">
                {s.claim.normalized ?? `“${s.claim.exact}”`}
              </a>
              <p className="text-xs text-slate-600">
                in {s.article.title}
                {s.article.publisher ? ` (${s.article.publisher})` : ""}
                {` · ${Math.round(s.score * 100)}% similar`}
              </p>
              {s.numbers === "differ" && (
                <p className="text-xs font-medium text-amber-800">The numbers differ from this claim: check before reusing.</p>
              )}
              <MetaLine className="my-1 block text-xs text-slate-600" items={[<VerdictLabel key="v" verdict={s.claim.verdict} />, REVIEW_STATE_LABEL[s.claim.reviewState]]} />
              {s.claim.sources.length > 0 ? (
                <ul className="mb-1 list-disc pl-5 text-xs text-slate-700">
                  {s.claim.sources.map((src) => (
                    <li key={src.sourceId}>
                      <span className="font-medium">{STANCE_LABEL[src.stance]}:</span> {src.title}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mb-1 text-xs text-slate-500">No sources.</p>
              )}
              {canEdit && (
                <div className="flex flex-wrap gap-2">
                  <button type="button" className="btn btn-sm" disabled={busy !== null || s.claim.sources.length === 0} onClick={() => void copy(s, false)}>
                    Copy sources
                  </button>
                  <button type="button" className="btn btn-sm" disabled={busy !== null} onClick={() => void copy(s, true)}>
                    Copy sources + verdict as draft
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
