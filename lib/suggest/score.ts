import { extractFeatures } from "./features";
import { FEATURE_NAMES, type FeatureHits } from "./feature-names";
import { BIAS, WEIGHTS } from "./weights";
import type { ScoreResult } from "./types";

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Turn active features into a score plus reasons (positive evidence first, then penalties). */
export function scoreFeatures(hits: FeatureHits): ScoreResult {
  let z = BIAS;
  const positive: string[] = [];
  const negative: string[] = [];
  for (const name of FEATURE_NAMES) {
    const reason = hits.get(name);
    if (reason === undefined) continue;
    const w = WEIGHTS[name];
    z += w;
    if (reason !== "") (w < 0 ? negative : positive).push(reason);
  }
  // Round so scores are stable across platforms and readable in the UI/JSON.
  return { score: Math.round(sigmoid(z) * 1000) / 1000, reasons: [...positive, ...negative] };
}

/** Score one sentence in isolation. Deterministic: same input, same output. */
export function scoreSentence(sentence: string): ScoreResult {
  return scoreFeatures(extractFeatures(sentence));
}
