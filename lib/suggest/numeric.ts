import { MONTHS, NUMBER_WORDS, UNIT_WORDS, WEEKDAYS } from "./lexicon";
import type { Token } from "./tokens";
import type { FeatureHits } from "./feature-names";

const PERCENT = /\d+(?:\.\d+)?\s?(?:%|per ?cent\b|percentage points?\b)/i;
const RATIO = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:in|out of) (?:\w+)\b|\b(?:two-thirds|three-quarters|half of|a third of|a quarter of|a fifth of)\b/i;
const MONEY = /[$£€¥]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|k|million|billion|trillion)\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:dollars|pounds|euros|pence|p)\b/i;
// 1800–2099 as a stand-alone token, optionally a span like "2020-21" or "1981-2010".
const YEAR = /(?<![\d$£€.,])\b(?:1[89]\d\d|20\d\d)(?:-\d{2,4})?\b(?![%\d,]|\.\d)/;
const DAY_MONTH = /\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|June|July|August|September|October|November|December|May) \d{1,2}\b/;
const RELATIVE_TIME = /\b(?:last|this|next|earlier this|later this) (?:week|month|year|summer|winter|spring|autumn|season)\b|\b(?:yesterday|today|tonight)\b|\b\d+ (?:days|weeks|months|years) ago\b/i;
const DIGITS = /\d[\d,]*(?:\.\d+)?/g;
const SMALL_NUMBERS = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundreds", "thousands", "dozens",
]);

const PLURAL_NOUN = /^\p{Ll}{3,}s$/u;
const NOT_PLURAL = new Set(["was", "has", "this", "its", "does", "is", "less", "thus", "plus", "across", "always", "perhaps", "unless", "whereas"]);

function firstNonYearNumber(sentence: string): string | undefined {
  for (const m of sentence.matchAll(DIGITS)) {
    const s = m[0].replace(/[,.]$/, "");
    const isYear = /^(1[89]|20)\d\d$/.test(s);
    if (!isYear) return s;
  }
  return undefined;
}

/** Numbers, statistics, money, dates and quantities: the strongest signals of a checkable claim. */
export function numericFeatures(sentence: string, tokens: readonly Token[], hits: FeatureHits): void {
  const pct = sentence.match(PERCENT) ?? sentence.match(RATIO);
  if (pct) hits.set("statistic", `statistic: ${pct[0].replace(/\s+/g, " ")}`);

  const money = sentence.match(MONEY);
  if (money) hits.set("money", `money: ${money[0]}`);

  const num = firstNonYearNumber(sentence);
  const bigWord = tokens.find((t) => NUMBER_WORDS.has(t.lower));
  // The feature still counts, but its reason is hidden when it only repeats a statistic/money reason.
  const shown = [hits.get("statistic"), hits.get("money")].some((r) => num !== undefined && r?.includes(num));
  if (num !== undefined) hits.set("number", shown ? "" : `number: ${num}`);
  else if (bigWord) hits.set("number", `number: ${bigWord.text}`);

  const year = sentence.match(YEAR);
  const dayMonth = sentence.match(DAY_MONTH);
  // "May" is a month only when capitalised mid-sentence; the modal is handled as a hedge.
  const month = tokens.find((t, i) => i > 0 && MONTHS.has(t.lower) && /^\p{Lu}/u.test(t.text));
  const date = year?.[0] ?? dayMonth?.[0] ?? month?.text;
  if (date !== undefined) hits.set("date", `date: ${date}`);

  const weekday = tokens.find((t) => WEEKDAYS.has(t.lower));
  const relative = sentence.match(RELATIVE_TIME);
  const when = weekday?.text ?? relative?.[0];
  if (when !== undefined) hits.set("time", `time: ${when}`);

  const isNumeric = (t: Token): boolean =>
    /^\d/.test(t.text) || SMALL_NUMBERS.has(t.lower) || NUMBER_WORDS.has(t.lower);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Years are dates, not counts; "4.5 million" is one number, counted from its first token.
    if (!isNumeric(t) || /^(1[89]|20)\d\d$/.test(t.text) || (i > 0 && isNumeric(tokens[i - 1]))) continue;
    let j = i + 1;
    while (j < tokens.length && NUMBER_WORDS.has(tokens[j].lower)) j++;
    // A counted thing: a known unit within three words, or a plural noun right after.
    const unit = tokens.slice(j, j + 3).find((u) => UNIT_WORDS.has(u.lower))
      ?? tokens.slice(j, j + 2).find((u) => PLURAL_NOUN.test(u.text) && !NOT_PLURAL.has(u.lower));
    if (unit) {
      hits.set("quantity", `quantity: ${sentence.slice(t.start, unit.end)}`);
      break;
    }
  }
}
