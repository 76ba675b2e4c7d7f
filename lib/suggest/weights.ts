import type { FeatureName } from "./feature-names";

/**
 * Hand-set prior: the direction and rough size each feature "should" have according to
 * the ClaimBuster guideline (numbers and named actors raise check-worthiness; opinion,
 * questions and page furniture lower it). The fit below is regularised towards these,
 * because ~140 training sentences are too few to learn 24 weights from scratch.
 */
export const PRIOR_BIAS = 0;
export const PRIOR_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  statistic: 1, money: 1, number: 1, quantity: 1, date: 1, time: 0.5,
  entity_action: 1, attribution: 0.5, evidence: 0.5, direct_quote: 0,
  comparison: 0.5, superlative: 0.5, causal: 0.5, long: 0.5,
  question: -2, opinion: -1, hedge: -1, first_person: -1, quote_only: -1,
  furniture: -3, caption: -2, unpunctuated: -1, too_short: -2, repeat: -2,
};

/** L2 strength towards the prior, chosen by leave-one-article-out CV on the training articles. */
export const FIT_L2 = 0.1;

/*
 * Fitted weights: logistic regression on the *training* fixture articles only
 * (tests/fixtures/checkworthy/split.json), pulled towards the prior with FIT_L2.
 * Regenerate with `npx tsx bench/suggest.bench.ts --fit` after changing features or data.
 */
export const BIAS = -0.22;
export const WEIGHTS: Readonly<Record<FeatureName, number>> = {
  statistic: 1.08, money: 1.01, number: 0.93, quantity: 1.06, date: 0.9, time: 0.51,
  entity_action: 0.77, attribution: 0.29, evidence: 0.43, direct_quote: -0.22,
  comparison: 0.53, superlative: 0.58, causal: 0.49, long: 0.52,
  question: -2.02, opinion: -1.15, hedge: -1.06, first_person: -1.18, quote_only: -1.03,
  furniture: -3.01, caption: -2.04, unpunctuated: -1.07, too_short: -2.01, repeat: -2.05,
};

/**
 * Default decision threshold: the value maximising F1 on the training articles
 * (recomputed by the bench's --fit mode). Scores are rounded to 3 decimals.
 */
export const CHECKWORTHY_THRESHOLD = 0.52;
