"use client";

import type { Verdict } from "@/lib/domain/enums";
import { useVerdictDisplay } from "@/app/_components/rating-scale-context";

/** A verdict as letter + label + colour, so its meaning never rests on colour alone. */
export function VerdictLabel({ verdict }: { verdict: Verdict }) {
  const meta = useVerdictDisplay(verdict);
  return (
    <span className="inline-flex items-center gap-1 text-xs font-medium text-slate-700" title={meta.description}>
      <span aria-hidden className="inline-flex h-4 w-4 items-center justify-center rounded-full bg-white text-[10px] font-bold text-slate-900" style={{ boxShadow: `inset 0 0 0 2px ${meta.color}` }}>
        {meta.letter}
      </span>
      {meta.label}
    </span>
  );
}
