import {
  ACTION_VERBS, ATTRIBUTION_VERBS, EVIDENCE_WORDS, MONTHS, NON_ENTITY_CAPITALS, WEEKDAYS,
} from "./lexicon";
import { isCapitalised, type Token } from "./tokens";
import type { FeatureHits } from "./feature-names";

interface EntityRun {
  first: number; // token index
  last: number;
  text: string;
}

const COMMON_NOUN_SUFFIX = /(?:ment|tion|sion|ness|ity|ance|ence|ing|ism|ship|ure|ies|ists)$/;
const CONNECTORS = new Set(["of", "the", "for", "and", "de", "van", "von"]);
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "officials", "police", "prosecutors"]);

/** True when a capital letter only reflects position (sentence/quote start), not a name. */
function positional(sentence: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const gap = sentence.slice(tokens[i - 1].end, tokens[i].start);
  return /[:'"‘“]\s*$/.test(gap) && !/[\p{L}]/u.test(gap);
}

function isNameToken(sentence: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!isCapitalised(t) || t.text === "I") return false;
  if (WEEKDAYS.has(t.lower) || MONTHS.has(t.lower)) return false;
  const bare = t.lower.replace(/['’]s$/, "");
  if (positional(sentence, tokens, i)) {
    if (NON_ENTITY_CAPITALS.has(bare)) return false;
    // A lone capitalised word at sentence start with a common-noun suffix ("Unemployment
    // rose", "Vaccination remains") is almost never a name; "Moscow said" is.
    const alone = i + 1 >= tokens.length || !isCapitalised(tokens[i + 1]);
    if (alone && COMMON_NOUN_SUFFIX.test(bare)) return false;
  }
  return true;
}

/** Maximal runs of capitalised tokens ("Dmitry Peskov", "Group of Seven", "Russia's"). */
export function entityRuns(sentence: string, tokens: readonly Token[]): EntityRun[] {
  const runs: EntityRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(sentence, tokens, i)) { i++; continue; }
    let last = i;
    while (last + 1 < tokens.length) {
      if (isNameToken(sentence, tokens, last + 1)) { last++; continue; }
      const bridged = CONNECTORS.has(tokens[last + 1].lower) && last + 2 < tokens.length
        && isNameToken(sentence, tokens, last + 2);
      if (!bridged) break;
      last += 2;
    }
    runs.push({ first: i, last, text: sentence.slice(tokens[i].start, tokens[last].end) });
    i = last + 1;
  }
  return runs;
}

function isVerbLike(t: Token): boolean {
  return ACTION_VERBS.has(t.lower) || ATTRIBUTION_VERBS.has(t.lower);
}

/** A named actor followed closely by an action/speech verb, or "said <Name>" inversion. */
function entityAction(tokens: readonly Token[], runs: readonly EntityRun[]): string | undefined {
  for (const run of runs) {
    const window = tokens.slice(run.last + 1, run.last + 5);
    const verb = window.find(isVerbLike);
    if (verb) return `${run.text} ${verb.text}`;
    const before = tokens.slice(Math.max(0, run.first - 3), run.first);
    const prior = before.find((t) => ATTRIBUTION_VERBS.has(t.lower) && t.lower !== "according");
    if (prior) return `${prior.text} ${run.text}`;
  }
  return undefined;
}

function attribution(sentence: string, tokens: readonly Token[], runs: readonly EntityRun[]): string | undefined {
  const according = sentence.match(/\baccording to ((?:the )?[\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]*)*)/iu);
  // Keep the dot of "U.S." but not a sentence-final full stop.
  if (according) return according[0].replace(/(?<!\.\p{L})\.$/u, "");
  const i = tokens.findIndex((t) => ATTRIBUTION_VERBS.has(t.lower) && t.lower !== "according");
  if (i < 0) return undefined;
  const verb = tokens[i];
  const subject = runs.find((r) => r.last < i && i - r.last <= 3);
  if (subject) return `${subject.text} ${verb.text}`;
  const after = runs.find((r) => r.first > i && r.first - i <= 3);
  if (after) return `${verb.text} ${after.text}`;
  const prev = tokens[i - 1];
  if (prev && PRONOUNS.has(prev.lower)) return `${prev.text} ${verb.text}`;
  return verb.text;
}

/** Named entities doing things, attributions and cited evidence. */
export function entityFeatures(sentence: string, tokens: readonly Token[], hits: FeatureHits): void {
  const runs = entityRuns(sentence, tokens);
  const action = entityAction(tokens, runs);
  if (action) hits.set("entity_action", `named entity with action: ${action}`);
  const source = attribution(sentence, tokens, runs);
  if (source) hits.set("attribution", `attribution: ${source}`);
  const evidence = tokens.find((t) => EVIDENCE_WORDS.has(t.lower));
  if (evidence) hits.set("evidence", `evidence: ${evidence.text}`);
}
