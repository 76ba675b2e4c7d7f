import { NAMED_FEATURE_LIST } from "./feature-catalogue";
import { FEATURE_COUNT, HASH_BUCKETS, VECTOR_DIMENSIONS, VECTOR_WEIGHT } from "./features";
import { WORD_VECTOR_WORDS } from "./word-vectors";
import type { LogisticModel } from "./logistic";
import type { PlattScaling } from "./calibrate";

/** The committed model (lib/suggest/model/checkworthy.json), written by `npm run suggest:train`. */
export interface CheckworthyModel {
  format: "factdesk-checkworthy-logistic/2";
  namedFeatures: string[];
  hashBuckets: number;
  /** The sentence word vector (word-vectors.ts): its dimensions and the weight it was scaled by. */
  wordVectors: { dimensions: number; weight: number; words: number };
  bias: number;
  /** Named features first (in `namedFeatures` order), then the hashed n-gram buckets, then the word vector. */
  weights: number[];
  calibration: PlattScaling;
  /** Calibrated probability at or above which a sentence is suggested. */
  threshold: number;
  training: {
    articles: string[];
    sentences: number;
    positives: number;
    folds: number;
    /** "writer": one fold per writer (held-out writers); "article": articles mod 7. */
    foldsBy: "writer" | "article";
    iterations: number;
    l2: number;
    crossValidation: {
      averagePrecisionByL2: { l2: number; averagePrecision: number }[];
      atThreshold: { precision: number; recall: number; f1: number };
      /** Each held-out fold's figures at the chosen threshold. */
      byFold: { fold: string; sentences: number; averagePrecision: number; f1: number }[];
    };
  };
}

export interface LoadedModel {
  logistic: LogisticModel;
  calibration: PlattScaling;
  threshold: number;
}

/** Check that a model file matches the features this code computes, and unpack it. */
export function loadModel(file: CheckworthyModel): LoadedModel {
  const sameFeatures = file.namedFeatures.length === NAMED_FEATURE_LIST.length
    && file.namedFeatures.every((f, i) => f === NAMED_FEATURE_LIST[i]) && file.hashBuckets === HASH_BUCKETS
    && file.wordVectors?.dimensions === VECTOR_DIMENSIONS && file.wordVectors.weight === VECTOR_WEIGHT
    && file.wordVectors.words === WORD_VECTOR_WORDS;
  if (!sameFeatures || file.weights.length !== FEATURE_COUNT) {
    throw new Error("lib/suggest/model/checkworthy.json does not match the feature code; run `npm run suggest:train`.");
  }
  return { logistic: { bias: file.bias, weights: Float64Array.from(file.weights) }, calibration: file.calibration, threshold: file.threshold };
}
