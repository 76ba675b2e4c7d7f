"use client";
import { useId, useMemo, useState } from "react";
import { wordDiff } from "@/lib/revisions/diff";
import type { ClaimView } from "@/lib/contracts/claims";
import { DiffText } from "./diff-text";

type ChangedClaim = Pick<ClaimView, "anchorStatus" | "exact" | "previousExact">;

/**
 * "Text changed" chip for a claim whose quoted words were edited in a later revision: the
 * verdict was given on the old words. Opens to show old → new, word by word. Renders
 * nothing for a claim whose text did not change.
 */
export function TextChangedBadge({ claim }: { claim: ChangedClaim }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const parts = useMemo(() => (claim.previousExact ? wordDiff(claim.previousExact, claim.exact) : []), [claim.previousExact, claim.exact]);
  if (claim.anchorStatus !== "changed" || !claim.previousExact) return null;
  return (
    <span className="inline-flex flex-col items-start gap-1" data-testid="text-changed-badge">
      <button
        type="button"
        className="inline-flex items-center gap-1 rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 hover:bg-amber-100"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
        title="The article's words under this claim changed since its verdict was given"
      >
        <span aria-hidden>↻</span> Text changed
      </button>
      {open && (
        <span id={id} className="block rounded-md border border-amber-200 bg-white p-2 text-sm text-slate-800 shadow-sm">
          <span className="mb-1 block text-xs font-medium text-slate-600">Old → new quote</span>
          <span className="block">
            <del className="line-through decoration-red-700">{claim.previousExact}</del>
          </span>
          <span className="block">
            <span aria-hidden>→ </span>
            <ins className="underline decoration-emerald-700 decoration-2 underline-offset-2">{claim.exact}</ins>
          </span>
          <span className="mt-1 block border-t border-slate-100 pt-1 text-xs text-slate-600">
            Changes: <DiffText parts={parts} />
          </span>
        </span>
      )}
    </span>
  );
}
