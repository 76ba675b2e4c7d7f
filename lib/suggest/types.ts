/** A sentence located in the plain text it was split from (JS string offsets, end exclusive). */
export interface SentenceRange {
  text: string;
  start: number;
  end: number;
}

export interface ScoreResult {
  /** Calibrated probability (0..1) that the sentence is check-worthy (lib/suggest/README.md). */
  score: number;
  /** Up to three plain-language reasons: the model's largest positive contributions. */
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
