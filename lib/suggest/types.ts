/** A sentence located in the plain text it was split from (JS string offsets, end exclusive). */
export interface SentenceRange {
  text: string;
  start: number;
  end: number;
}

export interface ScoreResult {
  /** Probability-like check-worthiness in 0..1 (logistic over hand-built features). */
  score: number;
  /** Short human-readable explanations, positive evidence first, then penalties. */
  reasons: string[];
}

export interface ClaimSuggestion extends SentenceRange, ScoreResult {
  /** Stable hash of the normalised sentence text; survives edits elsewhere in the article. */
  key: string;
}

export interface SuggestOptions {
  threshold?: number;
  /** Keys (see `claimKey`) the user has dismissed for this article. */
  dismissed?: ReadonlySet<string> | readonly string[];
}

export type Label = 0 | 1;

export interface LabelledSentence {
  text: string;
  label: Label;
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
