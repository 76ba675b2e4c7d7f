"use client";

import type { ReviewState, Verdict } from "@/lib/domain/enums";
import { useVerdictDisplay } from "@/app/_components/rating-scale-context";
import { REVIEW_DISPLAY_LABEL, type ReviewDisplayState } from "@/lib/domain/review-display";
import { REVIEW_STATE_LABEL } from "@/lib/domain/verdicts";

/** The verdict as letter and word in its colour: meaning never rests on colour alone. */
export function VerdictChip({ verdict }: { verdict: Verdict }) {
  const meta = useVerdictDisplay(verdict);
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap text-sm" title={meta.description} data-testid="verdict-chip">
      {/* A ring in the verdict's colour around a dark letter keeps the letter readable on every colour. */}
      <span aria-hidden className="inline-flex h-5 w-5 items-center justify-center rounded bg-white text-xs font-bold text-slate-900" style={{ boxShadow: `inset 0 0 0 2px ${meta.color}` }}>
        {meta.letter}
      </span>
      {meta.label}
    </span>
  );
}

const STATE_STYLE: Record<ReviewState, string> = {
  open: "bg-slate-100 text-slate-700",
  needs_review: "bg-amber-100 text-amber-900",
  approved: "bg-emerald-100 text-emerald-800",
};

export function ReviewStateBadge({ state }: { state: ReviewState }) {
  return <span className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${STATE_STYLE[state]}`} data-testid="review-state">{REVIEW_STATE_LABEL[state]}</span>;
}

const DISPLAY_STYLE: Record<ReviewDisplayState, string> = { ...STATE_STYLE, sent_back: "bg-red-100 text-red-900" };

/** The review state as the newsroom says it, "Sent back" included (see lib/domain/review-display). */
export function ReviewDisplayBadge({ state }: { state: ReviewDisplayState }) {
  return <span className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${DISPLAY_STYLE[state]}`} data-testid="review-state">{REVIEW_DISPLAY_LABEL[state]}</span>;
}
