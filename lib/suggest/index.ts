export { splitSentences } from "./split";
export { scoreSentence } from "./score";
export { suggestClaims } from "./suggest";
export { claimKey, normaliseSentence } from "./key";
export { evaluate, bestThreshold, metricsAt, scoreLabelled } from "./evaluate";
export { CHECKWORTHY_THRESHOLD } from "./weights";
export type {
  ClaimSuggestion, Label, LabelledSentence, Metrics, ScoreResult, SentenceRange, SuggestOptions,
} from "./types";
