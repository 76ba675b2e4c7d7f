// Feature identifiers, in the order their reasons are reported (positive evidence first).
export const FEATURE_NAMES = [
  "statistic", "money", "number", "quantity", "date", "time",
  "entity_action", "attribution", "evidence", "direct_quote",
  "comparison", "superlative", "causal", "long",
  "question", "opinion", "hedge", "first_person", "quote_only",
  "furniture", "caption", "unpunctuated", "too_short", "repeat",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Active features mapped to their human-readable reason ("" = counted but not shown). */
export type FeatureHits = Map<FeatureName, string>;
