import { entityFeatures } from "./entities";
import {
  ATTRIBUTION_VERBS, CAUSAL_PATTERNS, COMPARISON_PATTERN, NOT_SUPERLATIVE, RECORD_PATTERN, SUPERLATIVES,
} from "./lexicon";
import { negativeFeatures } from "./negatives";
import { numericFeatures } from "./numeric";
import { quoteFeatures } from "./quotes";
import { tokenize, wordCount } from "./tokens";
import type { FeatureHits, FeatureName } from "./feature-names";

const HARD_FACTS: readonly FeatureName[] = ["statistic", "money", "number", "date"];

function isSuperlative(lower: string): boolean {
  if (SUPERLATIVES.has(lower)) return true;
  // Generic "-est" adjectives ("deadliest", "steepest"), minus common non-superlatives.
  return lower.length >= 6 && /[^e]est$/.test(lower) && !NOT_SUPERLATIVE.has(lower);
}

function hasAttribution(text: string): boolean {
  return /\baccording to\b/i.test(text)
    || text.toLowerCase().split(/[^\p{L}]+/u).some((w) => ATTRIBUTION_VERBS.has(w));
}

/** Extract every feature of one sentence in isolation (no document context). */
export function extractFeatures(sentence: string): FeatureHits {
  const text = sentence.trim();
  const tokens = tokenize(text);
  const words = wordCount(text);
  const hits: FeatureHits = new Map();

  numericFeatures(text, tokens, hits);
  entityFeatures(text, tokens, hits);
  quoteFeatures(text, hasAttribution, hits);

  if (COMPARISON_PATTERN.test(text)) hits.set("comparison", "comparison");
  const sup = tokens.find((t) => isSuperlative(t.lower))?.text ?? text.match(RECORD_PATTERN)?.[0];
  if (sup !== undefined) hits.set("superlative", `superlative: ${sup}`);
  if (CAUSAL_PATTERNS.some((re) => re.test(text))) hits.set("causal", "causal claim");
  // Longer sentences carry more specifics (names, places, circumstances) on average.
  if (words >= 18) hits.set("long", "long, detailed sentence");

  const hasFacts = HARD_FACTS.some((f) => hits.has(f));
  negativeFeatures(text, tokens, words, hasFacts, hits);
  return hits;
}
