import { featuresInContext } from "./context";
import { FEATURE_NAMES, type FeatureName } from "./feature-names";
import type { LabelledSentence } from "./types";

export interface FittedModel {
  bias: number;
  weights: Record<FeatureName, number>;
}

export interface FitOptions {
  /** L2 penalty pulling weights towards `prior`; keeps rare features sensible on small data. */
  l2?: number;
  /** Prior weights (e.g. the hand-set ones); defaults to zero, i.e. plain ridge. */
  prior?: Readonly<Partial<Record<FeatureName, number>>>;
  priorBias?: number;
  iterations?: number;
  learningRate?: number;
}

/**
 * Deterministic full-batch logistic regression over the binary features. Used offline
 * (`npx tsx bench/suggest.bench.ts --fit`) to derive the constants in weights.ts from the
 * training articles only; never called at runtime.
 */
export function fitWeights(articles: readonly (readonly LabelledSentence[])[], options: FitOptions = {}): FittedModel {
  const { l2 = 0.05, iterations = 4000, learningRate = 0.5, prior = {}, priorBias = 0 } = options;
  const p = FEATURE_NAMES.map((f) => prior[f] ?? 0);
  const rows: { x: number[]; y: number }[] = [];
  for (const article of articles) {
    const hits = featuresInContext(article.map((s) => s.text));
    article.forEach((s, i) => rows.push({ x: FEATURE_NAMES.map((f) => (hits[i].has(f) ? 1 : 0)), y: s.label }));
  }
  const n = rows.length;
  const w = [...p];
  let b = priorBias;
  for (let it = 0; it < iterations; it++) {
    const gw = w.map(() => 0);
    let gb = 0;
    for (const { x, y } of rows) {
      let z = b;
      for (let j = 0; j < w.length; j++) z += w[j] * x[j];
      const err = 1 / (1 + Math.exp(-z)) - y;
      gb += err;
      for (let j = 0; j < w.length; j++) gw[j] += err * x[j];
    }
    b -= learningRate * (gb / n + l2 * (b - priorBias));
    for (let j = 0; j < w.length; j++) w[j] -= learningRate * (gw[j] / n + l2 * (w[j] - p[j]));
  }
  const round = (v: number): number => Math.round(v * 100) / 100;
  const weights = Object.fromEntries(FEATURE_NAMES.map((f, j) => [f, round(w[j])])) as Record<FeatureName, number>;
  return { bias: round(b), weights };
}
