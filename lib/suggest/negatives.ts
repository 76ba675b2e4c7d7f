import { FIRST_PERSON, HEDGES, JUDGEMENT_WORDS, OPINION_PATTERN } from "./lexicon";
import type { Token } from "./tokens";
import type { FeatureHits } from "./feature-names";

// Boilerplate that surrounds article text when it is pasted from a web page.
const FURNITURE: readonly RegExp[] = [
  /^(?:no|\d+|view|show|hide) comments?\b/i,
  /^share(?: this| on| via)?\b/i,
  /^(?:read|see) (?:more|also)\b/i,
  /^(?:advertisement|sponsored(?: content)?|promoted|ad)$/i,
  /^(?:related(?: articles| stories)?|more on this story|more from|most read|most popular|top stories|recommended|trending|you may also like)\b/i,
  /^(?:sign up|subscribe|follow us|click here|download (?:our|the) app|get the latest)\b/i,
  /^(?:published|updated|posted|last updated|first published)\b/i,
  /^by [\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’.-]+)+(?:,|$)/u,
  /\b\d+ min(?:ute)?s? read\b/i,
  /getty images|©|\bcopyright\b|all rights reserved/i,
  /^(?:let us know|tell us what you think|have your say|comment below|join the conversation)\b/i,
  /\s\|\s/,
];

// Short "Label: text" prefixes used for captions and promos ("Pictured: ...", "Watch: ...").
const LABEL_PREFIX = /^[\p{L}]+(?: [\p{L}]+)?:\s/u;
const CAPTION_CUE = /\b(?:pictured|seen (?:above|here|below|left|right)|file photo|\((?:left|right|above|below|centre|center|inset)\))/i;
const TERMINAL = /[.!?…]['"’”)\]»]*$/;
const QUESTION = /\?['"’”)\]»]*$/;

/** Signals that a sentence is not a factual claim, or not article text at all. */
export function negativeFeatures(
  sentence: string, tokens: readonly Token[], words: number, hasFacts: boolean, hits: FeatureHits,
): void {
  if (QUESTION.test(sentence)) hits.set("question", "question");

  const opinion = sentence.match(OPINION_PATTERN);
  const judgement = tokens.find((t) => JUDGEMENT_WORDS.has(t.lower));
  if (opinion) hits.set("opinion", `opinion: ${opinion[0]}`);
  else if (judgement) hits.set("opinion", `opinion: ${judgement.text}`);

  // Modal verbs only undermine a sentence that has no hard facts to anchor it.
  const hedge = tokens.find((t) => HEDGES.has(t.lower) && t.text !== "May");
  if (hedge && !hasFacts) hits.set("hedge", `hedge: ${hedge.text}`);

  const person = tokens.find((t) => FIRST_PERSON.has(t.lower.replace("’", "'")) && t.text !== "US");
  if (person) hits.set("first_person", `first person: ${person.text}`);

  if (FURNITURE.some((re) => re.test(sentence))) hits.set("furniture", "page furniture");
  else if (CAPTION_CUE.test(sentence) || (LABEL_PREFIX.test(sentence) && !TERMINAL.test(sentence))) {
    hits.set("caption", "caption or promo");
  }
  if (!TERMINAL.test(sentence) && words >= 3) hits.set("unpunctuated", "no closing punctuation");
  if (words < 5) hits.set("too_short", "too short");
}
