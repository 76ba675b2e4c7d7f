import { averagePrecision, metricsAt, type ScoredLabel } from "./metrics";
import { seededRandom } from "./random";

export interface Estimate {
  value: number;
  low: number;
  high: number;
}

export interface EvaluationRow {
  precision: Estimate;
  recall: Estimate;
  f1: Estimate;
  averagePrecision: Estimate;
}

const measures = (scored: readonly ScoredLabel[], threshold: number) => {
  const m = metricsAt(scored, threshold);
  return { precision: m.precision, recall: m.recall, f1: m.f1, averagePrecision: averagePrecision(scored) };
};

function percentile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i];
}

/**
 * Metrics with per-article bootstrap 95 % intervals: whole articles are resampled with
 * replacement (sentences of one article are not independent), `resamples` times, fixed seed.
 */
export function evaluateWithIntervals(articles: readonly (readonly ScoredLabel[])[], threshold: number, resamples = 2000, seed = 15): EvaluationRow {
  const point = measures(articles.flat(), threshold);
  const random = seededRandom(seed);
  const samples: Record<keyof typeof point, number[]> = { precision: [], recall: [], f1: [], averagePrecision: [] };
  for (let r = 0; r < resamples; r++) {
    const pooled: ScoredLabel[] = [];
    for (let i = 0; i < articles.length; i++) pooled.push(...articles[Math.floor(random() * articles.length)]);
    const m = measures(pooled, threshold);
    for (const k of Object.keys(samples) as (keyof typeof point)[]) samples[k].push(m[k]);
  }
  const estimate = (k: keyof typeof point): Estimate => {
    const sorted = [...samples[k]].sort((a, b) => a - b);
    return { value: point[k], low: percentile(sorted, 0.025), high: percentile(sorted, 0.975) };
  };
  return { precision: estimate("precision"), recall: estimate("recall"), f1: estimate("f1"), averagePrecision: estimate("averagePrecision") };
}
