import { metricsAt, type ScoredLabel } from "./metrics";
import { sigmoid } from "./logistic";

export interface PlattScaling {
  a: number;
  b: number;
}

/**
 * Platt scaling: fit p = sigmoid(a·z + b) to out-of-fold scores z by Newton's method with a
 * backtracking line search (Lin, Lin and Weng, 2007), with Platt's smoothed targets so a perfectly
 * separated fold does not push a to infinity. The line search keeps each step from raising the
 * loss: a plain Newton step could diverge when the scores are large (a ≈ 10^12 was seen).
 */
export function fitPlatt(scores: readonly number[], labels: readonly (0 | 1)[]): PlattScaling {
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const targets = labels.map((l) => (l === 1 ? hi : lo));
  // Cross-entropy against the smoothed targets, written to stay finite for large |a·z + b|.
  const loss = (a: number, b: number): number => scores.reduce((sum, z, i) => {
    const f = a * z + b;
    return sum + (f >= 0 ? (1 - targets[i]) * f + Math.log1p(Math.exp(-f)) : -targets[i] * f + Math.log1p(Math.exp(f)));
  }, 0);
  // Start from the prior (a = 0, b = its log odds), where the curvature is never vanishing.
  let a = 0;
  let b = Math.log((positives + 1) / (negatives + 1));
  let current = loss(a, b);
  for (let it = 0; it < 100; it++) {
    let ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
    scores.forEach((z, i) => {
      const p = sigmoid(a * z + b);
      const d = p - targets[i];
      const w = p * (1 - p);
      ga += d * z; gb += d;
      haa += w * z * z; hab += w * z; hbb += w;
    });
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    let next = loss(a - da, b - db);
    while (next > current + 1e-4 * step * (ga * -da + gb * -db) && step > 1e-10) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    if (step <= 1e-10) break;
    a -= step * da; b -= step * db;
    current = next;
    if (Math.abs(step * da) < 1e-10 && Math.abs(step * db) < 1e-10) break;
  }
  return { a, b };
}

export const calibrated = (platt: PlattScaling, z: number): number => sigmoid(platt.a * z + platt.b);

/**
 * The probability threshold (to 2 decimals) that maximises F1 on cross-validated training
 * scores; ties go to the higher threshold so the list of suggestions stays shorter.
 */
export function bestThreshold(scored: readonly ScoredLabel[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let k = 1; k < 100; k++) {
    const threshold = k / 100;
    const { f1 } = metricsAt(scored, threshold);
    if (f1 >= best.f1) best = { threshold, f1 };
  }
  return best;
}
