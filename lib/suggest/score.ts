import { calibrated } from "./model/calibrate";
import checkworthyFile from "./model/checkworthy.json";
import { documentFeatures } from "./model/context";
import { NAMED_FEATURE_INDEX, NAMED_FEATURES, type NamedFeature } from "./model/feature-catalogue";
import { linearScore } from "./model/logistic";
import { loadModel, type CheckworthyModel } from "./model/model-file";
import type { TextRange } from "./model/nlp";
import type { ScoreResult } from "./types";

const MODEL = loadModel(checkworthyFile as CheckworthyModel);

/** Default decision threshold, chosen by cross-validation on the training articles. */
export const CHECKWORTHY_THRESHOLD = MODEL.threshold;

/** At most this many reasons are shown; only features that pushed the score up are reasons. */
const MAX_REASONS = 3;

/**
 * Named features that can be a reason (a reason text and a positive weight), in the order they
 * are shown: largest weight first, ties by reason text. Computed once from the model.
 */
const REASON_ORDER: readonly { feature: NamedFeature; reason: string }[] = [...NAMED_FEATURE_INDEX]
  .map(([feature, i]) => ({ feature, reason: NAMED_FEATURES[feature] as string, weight: MODEL.logistic.weights[i] }))
  .filter((c) => c.reason !== "" && c.weight > 0)
  .sort((a, b) => b.weight - a.weight || a.reason.localeCompare(b.reason));

function reasonsFor(named: ReadonlySet<NamedFeature>): string[] {
  const out: string[] = [];
  for (const c of REASON_ORDER) {
    if (!named.has(c.feature)) continue;
    out.push(c.reason);
    if (out.length === MAX_REASONS) break;
  }
  return out;
}

/**
 * Score sentence ranges of one document: a calibrated probability that each is check-worthy,
 * and the reasons behind it (the model's largest positive contributions, in plain words).
 */
export function scoreSentences(text: string, ranges: readonly TextRange[]): ScoreResult[] {
  return documentFeatures(text, ranges).map((f) => ({
    score: Math.round(calibrated(MODEL.calibration, linearScore(MODEL.logistic, f.row)) * 1000) / 1000,
    reasons: reasonsFor(f.named),
  }));
}

/** Score one sentence on its own (no document context; it counts as a first line). */
export function scoreSentence(sentence: string): ScoreResult {
  return scoreSentences(sentence, [{ start: 0, end: sentence.length }])[0];
}
