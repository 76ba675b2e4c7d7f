"use client";

import { verdictOptions, type RatingScale } from "@/lib/domain/rating-scale";
import type { Verdict } from "@/lib/domain/enums";
import { useRatingScale, useVerdictDisplay } from "@/app/_components/rating-scale-context";

/** CSS for one scale's colours on highlights, badges and chips (keys are [a-z0-9_], safe in class names). */
export function verdictCss(scale: RatingScale): string {
  return verdictOptions(scale)
    .map(({ key, color: c }) => `.claim-hl--${key},.claim-badge--${key},.verdict-c--${key}{--claim-c:${c};--claim-bg:${c}2e;--claim-bg-strong:${c}5c}`)
    .join("");
}

/** Verdict colours for highlights, badges and chips, generated from the newsroom's scale. */
export function VerdictStyles() {
  return <style>{verdictCss(useRatingScale())}</style>;
}

/** A colour swatch that also carries the verdict's letter. */
export function VerdictMark({ verdict, size = "md" }: { verdict: Verdict; size?: "sm" | "md" }) {
  const box = size === "sm" ? "h-4 min-w-4 text-[10px]" : "h-5 min-w-5 text-xs";
  return (
    <span aria-hidden className={`verdict-c--${verdict} verdict-mark inline-flex ${box} items-center justify-center rounded-sm px-0.5 font-bold leading-none`}>
      {useVerdictDisplay(verdict).letter}
    </span>
  );
}

/**
 * Letter, colour and label together, so colour is never the only signal. With `fit` the chip
 * may narrow to its space (a claim list row's one line): the label ends in "…", the letter stays.
 */
export function VerdictChip({ verdict, fit = false }: { verdict: Verdict; fit?: boolean }) {
  const display = useVerdictDisplay(verdict);
  return (
    <span className={`verdict-c--${verdict} verdict-chip inline-flex items-center gap-1 rounded-full py-0.5 pl-0.5 pr-2 text-xs font-medium ${fit ? "min-w-0" : ""}`} title={display.description}>
      <VerdictMark verdict={verdict} size="sm" />
      {fit ? <span className="truncate">{display.label}</span> : display.label}
    </span>
  );
}

export function VerdictLegend() {
  const options = verdictOptions(useRatingScale());
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
      <span id="verdict-legend-label" className="font-medium">Verdicts:</span>
      <ul aria-labelledby="verdict-legend-label" className="flex flex-wrap gap-x-3 gap-y-1">
        {options.map((v) => (
          <li key={v.key} className="inline-flex items-center gap-1" title={v.description}>
            <VerdictMark verdict={v.key} size="sm" />
            {v.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
