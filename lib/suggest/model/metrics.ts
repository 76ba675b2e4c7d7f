// Evaluation measures shared by the trainer (cross-validation) and the evaluation command.

export interface ScoredLabel {
  score: number;
  label: 0 | 1;
}

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Precision, recall and F1 of "score ≥ threshold"; an empty denominator counts as 0. */
export function metricsAt(scored: readonly ScoredLabel[], threshold: number): Metrics {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const { score, label } of scored) {
    const predicted = score >= threshold;
    if (predicted && label === 1) tp++;
    else if (predicted) fp++;
    else if (label === 1) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn, tn };
}

/**
 * Average precision (area under the precision-recall curve, step-wise, as scikit-learn's
 * average_precision_score): ties are one threshold, so a constant scorer gets the base rate.
 */
export function averagePrecision(scored: readonly ScoredLabel[]): number {
  const positives = scored.filter((s) => s.label === 1).length;
  if (positives === 0) return 0;
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  let tp = 0, fp = 0, prevRecall = 0, ap = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].label === 1) tp++; else fp++;
    if (i + 1 < sorted.length && sorted[i + 1].score === sorted[i].score) continue;
    const recall = tp / positives;
    ap += (recall - prevRecall) * (tp / (tp + fp));
    prevRecall = recall;
  }
  return ap;
}

/** Cohen's kappa for two binary labellings of the same items. */
export function cohensKappa(pairs: readonly (readonly [number, number])[]): number {
  const n = pairs.length;
  if (n === 0) return 0;
  const observed = pairs.filter(([a, b]) => a === b).length / n;
  const a1 = pairs.filter(([a]) => a === 1).length / n;
  const b1 = pairs.filter(([, b]) => b === 1).length / n;
  const expected = a1 * b1 + (1 - a1) * (1 - b1);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}
