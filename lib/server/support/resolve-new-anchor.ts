import { buildAnchor, resolveAnchor, type Anchor } from "@/lib/anchoring";
import { invalid } from "@/lib/domain/errors";

/**
 * Places a quote a user selected (or an API client sent) on the article's current text.
 * Only exact matches count here: a new claim must sit on words that are really in the
 * article, so fuzzy matching (for re-anchoring after edits) is not used.
 */
export function resolveNewAnchor(text: string, input: { exact: string; prefix?: string; suffix?: string; start?: number; end?: number }): Anchor {
  if (input.start !== undefined && input.start > text.length) {
    throw invalid(`start (${input.start}) is beyond the end of the article text (${text.length} characters).`, { start: "Out of range." });
  }
  if (input.end !== undefined && input.end > text.length) {
    throw invalid(`end (${input.end}) is beyond the end of the article text (${text.length} characters).`, { end: "Out of range." });
  }
  const result = resolveAnchor(text, { exact: input.exact, prefix: input.prefix, suffix: input.suffix, start: input.start, end: input.end }, { maxFuzzyErrorRate: 0 });
  if (result.status === "orphan" || result.status === "fuzzy") {
    throw invalid("The quoted text is not in the article. Select the words again from the current text.", { exact: "Not found in the article." });
  }
  return buildAnchor(text, result.start, result.end);
}
