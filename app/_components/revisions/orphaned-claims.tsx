"use client";
import type { ClaimView } from "@/lib/contracts/claims";
import { VerdictLabel } from "./verdict-label";
import { MetaLine } from "../meta-line";

export interface OrphanedClaimsProps {
  claims: ClaimView[];
  /** Editors can re-attach; viewers see the list only. */
  canReattach: boolean;
  /** Called with the claim to re-attach to the editor's current selection (PATCH span). */
  onReattach(claimId: string): void;
}

/**
 * Claims whose words are no longer in the article (after a new revision). They are kept
 * with their verdict, sources and comments; an editor selects the words they now refer to
 * and re-attaches them. Renders nothing when no claim is orphaned.
 */
export function OrphanedClaims({ claims, canReattach, onReattach }: OrphanedClaimsProps) {
  const orphans = claims.filter((c) => c.anchorStatus === "orphan" && !c.deletedAt);
  if (orphans.length === 0) return null;
  return (
    <section aria-labelledby="orphaned-claims-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-3" data-testid="orphaned-claims">
      <h2 id="orphaned-claims-heading" className="text-sm font-semibold text-amber-950">
        Orphaned claims ({orphans.length})
      </h2>
      <p className="mb-2 text-xs text-amber-900">
        Their words are no longer in the article. Nothing was lost: verdicts, sources and comments are kept.
        {canReattach ? " Select the words a claim now refers to, then re-attach it." : ""}
      </p>
      <ul className="space-y-2">
        {orphans.map((c) => (
          <li key={c.id} className="rounded-md border border-amber-200 bg-white p-2 text-sm">
            <p className="mb-1 text-slate-800">
              <span className="text-xs font-medium text-slate-500">Last quote: </span>“{c.exact}”
            </p>
            <div className="flex flex-wrap items-center gap-2">
              <MetaLine
                className="text-xs text-slate-600"
                items={[<VerdictLabel key="v" verdict={c.verdict} />, c.claimant, `${c.sources.length} source${c.sources.length === 1 ? "" : "s"}, ${c.commentCount} comment${c.commentCount === 1 ? "" : "s"}`]}
              />
              {canReattach && (
                <button type="button" className="btn btn-sm ml-auto" onClick={() => onReattach(c.id)} aria-label={`Re-attach “${c.exact.slice(0, 60)}” to the selected text`}>
                  Re-attach to selection
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
