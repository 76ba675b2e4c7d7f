export { splitSentences } from "./split";
export { scoreSentence, scoreSentences, CHECKWORTHY_THRESHOLD } from "./score";
export { suggestClaims } from "./suggest";
export { claimKey, normaliseSentence } from "./key";
export type { ClaimSuggestion, Label, ScoreResult, SentenceRange, SuggestOptions } from "./types";
