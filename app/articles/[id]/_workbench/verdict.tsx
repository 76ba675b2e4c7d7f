import { VERDICTS, type Verdict } from "@/lib/domain/enums";
import { VERDICT_META } from "@/lib/domain/verdicts";

/** Verdict colours for highlights, badges and chips, generated from the one table. */
export function VerdictStyles() {
  const css = VERDICTS.map((v) => {
    const c = VERDICT_META[v].color;
    return `.claim-hl--${v},.claim-badge--${v},.verdict-c--${v}{--claim-c:${c};--claim-bg:${c}2e;--claim-bg-strong:${c}5c}`;
  }).join("");
  return <style>{css}</style>;
}

/** A colour swatch that also carries the verdict's letter. */
export function VerdictMark({ verdict, size = "md" }: { verdict: Verdict; size?: "sm" | "md" }) {
  const box = size === "sm" ? "h-4 min-w-4 text-[10px]" : "h-5 min-w-5 text-xs";
  return (
    <span aria-hidden className={`verdict-c--${verdict} verdict-mark inline-flex ${box} items-center justify-center rounded-sm px-0.5 font-bold leading-none`}>
      {VERDICT_META[verdict].letter}
    </span>
  );
}

/** Letter, colour and label together, so colour is never the only signal. */
export function VerdictChip({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict-c--${verdict} verdict-chip inline-flex items-center gap-1 rounded-full py-0.5 pl-0.5 pr-2 text-xs font-medium`}>
      <VerdictMark verdict={verdict} size="sm" />
      {VERDICT_META[verdict].label}
    </span>
  );
}

export function VerdictLegend() {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
      <span id="verdict-legend-label" className="font-medium">Verdicts:</span>
      <ul aria-labelledby="verdict-legend-label" className="flex flex-wrap gap-x-3 gap-y-1">
        {VERDICTS.map((v) => (
          <li key={v} className="inline-flex items-center gap-1" title={VERDICT_META[v].description}>
            <VerdictMark verdict={v} size="sm" />
            {VERDICT_META[v].label}
          </li>
        ))}
      </ul>
    </div>
  );
}
