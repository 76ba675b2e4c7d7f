import { metricsAt, type ScoredLabel } from "./metrics";
import { sigmoid } from "./logistic";

export interface PlattScaling {
  a: number;
  b: number;
}

/**
 * Platt scaling: fit p = sigmoid(a·z + b) to out-of-fold scores z by Newton's method, with
 * Platt's smoothed targets so a perfectly separated fold does not push a to infinity.
 */
export function fitPlatt(scores: readonly number[], labels: readonly (0 | 1)[]): PlattScaling {
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let it = 0; it < 100; it++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    scores.forEach((z, i) => {
      const p = sigmoid(a * z + b);
      const t = labels[i] === 1 ? hi : lo;
      const d = p - t;
      const w = p * (1 - p);
      ga += d * z; gb += d;
      haa += w * z * z; hab += w * z; hbb += w;
    });
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da; b -= db;
    if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break;
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
