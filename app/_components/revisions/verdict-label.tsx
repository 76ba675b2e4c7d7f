import { VERDICT_META } from "@/lib/domain/verdicts";
import type { Verdict } from "@/lib/domain/enums";

/** A verdict as letter + label + colour, so its meaning never rests on colour alone. */
export function VerdictLabel({ verdict }: { verdict: Verdict }) {
  const meta = VERDICT_META[verdict] ?? VERDICT_META.unchecked;
  return (
    <span className="inline-flex items-center gap-1 text-xs font-medium text-slate-700" title={meta.description}>
      <span aria-hidden className="inline-flex h-4 w-4 items-center justify-center rounded-full text-[10px] font-bold text-white" style={{ backgroundColor: meta.color }}>
        {meta.letter}
      </span>
      {meta.label}
    </span>
  );
}
