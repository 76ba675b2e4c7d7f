"use client";

import type { Verdict } from "@/lib/domain/enums";
import { verdictDisplay } from "@/lib/domain/rating-scale";
import { useRatingScale } from "@/app/_components/rating-scale-context";

/**
 * The verdict distribution as a bar chart that is also a table: each row names the verdict
 * (letter and word), draws a bar in its colour (decorative, hidden from screen readers)
 * and states the count and share as text, so nothing depends on seeing the bars.
 */
export function VerdictChart({ counts, total }: { counts: { verdict: Verdict; count: number }[]; total: number }) {
  const scale = useRatingScale();
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <figure>
      <table className="w-full text-left text-sm">
        <thead className="sr-only">
          <tr><th scope="col">Verdict</th><th scope="col">Bar</th><th scope="col">Claims</th></tr>
        </thead>
        <tbody>
          {counts.map(({ verdict, count }) => {
            const meta = verdictDisplay(scale, verdict);
            const share = total === 0 ? 0 : Math.round((count / total) * 100);
            return (
              <tr key={verdict} data-testid={`verdict-row-${verdict}`}>
                <th scope="row" className="w-36 py-1 pr-3 font-normal whitespace-nowrap">
                  <span aria-hidden className="mr-1.5 inline-flex h-5 w-5 items-center justify-center rounded bg-white text-xs font-bold" style={{ boxShadow: `inset 0 0 0 2px ${meta.color}` }}>{meta.letter}</span>
                  {meta.label}
                </th>
                <td className="py-1" aria-hidden>
                  <div className="h-4 rounded-sm bg-slate-100">
                    <div className="h-4 rounded-sm" style={{ width: `${(count / max) * 100}%`, backgroundColor: meta.color }} />
                  </div>
                </td>
                <td className="w-24 py-1 pl-3 text-right tabular-nums">
                  {count} <span className="text-slate-500">({share}%)</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <figcaption className="mt-2 text-sm text-slate-600">
        Verdicts of the {total} {total === 1 ? "claim" : "claims"} in this article, approved or not.
      </figcaption>
    </figure>
  );
}
