import { claimKey } from "./key";
import { scoreSentences, CHECKWORTHY_THRESHOLD } from "./score";
import { splitSentences } from "./split";
import type { ClaimSuggestion, SuggestOptions } from "./types";

/**
 * Shown when no named feature pushed a suggested sentence's score up: its word and
 * part-of-speech n-grams and its word vector did (the model's largest contributions are then
 * its wording).
 */
export const WORDING_REASON = "worded like sentences fact-checkers check";

/**
 * Suggest check-worthy sentences in a plain-text article, in document order. Sentences the
 * user dismissed (by key) are left out so they do not reappear after unrelated edits.
 */
export function suggestClaims(text: string, options: SuggestOptions = {}): ClaimSuggestion[] {
  const threshold = options.threshold ?? CHECKWORTHY_THRESHOLD;
  const dismissed = new Set<string>(options.dismissed ?? []);
  const sentences = splitSentences(text);
  const scores = scoreSentences(text, sentences);
  const out: ClaimSuggestion[] = [];
  sentences.forEach((s, i) => {
    const { score, reasons } = scores[i];
    if (score < threshold) return;
    const key = claimKey(s.text);
    if (dismissed.has(key)) return;
    out.push({ start: s.start, end: s.end, text: s.text, score, reasons: reasons.length > 0 ? reasons : [WORDING_REASON], key });
  });
  return out;
}
