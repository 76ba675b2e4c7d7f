import { featuresInContext } from "./context";
import { scoreFeatures } from "./score";
import type { LabelledSentence, Metrics } from "./types";

/** One labelled article (sentences in order) or several. */
export type LabelledInput = readonly LabelledSentence[] | readonly (readonly LabelledSentence[])[];

export interface ScoredLabel {
  score: number;
  label: 0 | 1;
}

function isGrouped(input: LabelledInput): input is readonly (readonly LabelledSentence[])[] {
  return input.length > 0 && Array.isArray(input[0]);
}

/** Score labelled sentences the way `suggestClaims` would, i.e. with per-article context. */
export function scoreLabelled(input: LabelledInput): ScoredLabel[] {
  const articles = isGrouped(input) ? input : [input as readonly LabelledSentence[]];
  return articles.flatMap((article) => {
    const hits = featuresInContext(article.map((s) => s.text));
    return article.map((s, i) => ({ score: scoreFeatures(hits[i]).score, label: s.label }));
  });
}

/** Precision/recall/F1 of "score ≥ threshold" against the labels. Empty sets count as 0. */
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

/** Pure evaluation of the scorer on labelled data at a threshold. */
export function evaluate(labelled: LabelledInput, threshold: number): Metrics {
  return metricsAt(scoreLabelled(labelled), threshold);
}

/**
 * Threshold (to 2 decimals) maximising F1; ties go to the higher threshold so the
 * suggestion list stays as short as the data allows.
 */
export function bestThreshold(scored: readonly ScoredLabel[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.01; t < 1; t += 0.01) {
    const threshold = Math.round(t * 100) / 100;
    const { f1 } = metricsAt(scored, threshold);
    if (f1 >= best.f1) best = { threshold, f1 };
  }
  return best;
}
