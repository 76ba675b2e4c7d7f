import type { SentenceRange } from "./types";

// Titles and honorifics are practically never sentence-final, so a following
// capital letter is the person's name, not a new sentence.
const TITLES = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
  "cmdr", "adm", "maj", "cpl", "pte", "rev", "fr", "hon", "pres", "supt", "insp", "det", "messrs",
  "st", "mt", "ft", "no", "nos", "fig", "vol", "ch", "art", "sec", "dept", "vs", "v", "cf",
]);

// Abbreviations that *can* end a sentence ("... Acme Inc. The firm ..."): split only
// when the next word is a typical sentence opener.
const SOFT_ABBREVIATIONS = new Set([
  "jr", "sr", "inc", "ltd", "co", "corp", "plc", "llc", "bros", "etc", "al", "approx", "est",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

// Words that commonly open a news sentence. Used to disambiguate "U.S." / initials /
// soft abbreviations, where the following word might otherwise be part of a name.
const OPENERS = new Set([
  "a", "an", "the", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
  "our", "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on",
  "at", "for", "with", "after", "before", "when", "while", "if", "as", "since", "however",
  "meanwhile", "officials", "critics", "some", "many", "most", "last", "earlier", "later", "now",
  "both", "one", "two", "three", "according", "despite", "although", "among", "by", "from",
]);

// After a clock time ("4 p.m."), the sentence goes on only before a day, a month, a date, a time
// zone or a place's time ("4 p.m. Monday", "10 a.m. 3 June", "9 a.m. ET", "3 p.m. Eastern",
// "9:30 a.m. New York time", "9 a.m. Christmas Eve"); otherwise it ended there ("Updated 4.12 p.m."
// on a line of its own, "…until 6 p.m. The council said…", "…6 p.m. NASA said…"), as it did
// before a day that heads the next item ("7:45 p.m. Thursday: …").
const DAY_OR_MONTH = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|tomorrow|yesterday|tonight|christmas|easter)(['’]?s)?$/i;
const TIME_ZONE = /^(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|HST|GMT|BST|UTC|CET|CEST|EET|WET|IST|SAST|EAT|WAT|AEST|AEDT|ACST|AWST|NZST|NZDT|SGT|HKT|JST|Eastern|Central|Pacific|Mountain|Atlantic|local)$/;

/** After "a.m."/"p.m.": does the same sentence go on (a day, date, zone or "<place> time")? */
function timeGoesOn(words: readonly string[]): boolean {
  const [first = "", second = "", third = ""] = words;
  return (/^\p{N}/u.test(first) && DAY_OR_MONTH.test(second)) || DAY_OR_MONTH.test(first) || TIME_ZONE.test(first)
    || second.toLowerCase() === "time" || third.toLowerCase() === "time";
}

// Speech verbs that take a clause but no person as object: "said NDOT had…" reports speech
// (but "Smith said Monday", "said that afternoon" only say when).
const REPORTING = /^(said|says|added|wrote|argued|insisted)$/i;
const TIME_WORD = /^(morning|afternoon|evening|night|day|week|month|year)$/i;
const SPEECH_VERBS = /^(said|says|asked|asks|told|added|replied|responded|shouted|wrote|argued|warned|insisted)$/i;

const CLOSERS = "'\"’”)]»";
const OPENING_QUOTES = "'\"‘“([«";

/** A character that can open a sentence: a capital, a digit or a symbol such as "©" (a copyright line). */
function canOpenSentence(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return /[\p{Lu}\p{N}\p{So}]/u.test(ch);
}

function wordBefore(text: string, dotIndex: number, lineStart: number): string {
  let i = dotIndex;
  while (i > lineStart && !/[\s([{"“‘']/.test(text[i - 1])) i--;
  return text.slice(i, dotIndex);
}

function wordsAfter(text: string, from: number, lineEnd: number, n: number): string[] {
  return text.slice(from, Math.min(lineEnd, from + 80)).split(/\s+/).slice(0, n)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));
}

/**
 * Decide whether the terminator run [termStart, termEnd) followed by whitespace at
 * `next` (first non-space char) really ends a sentence.
 */
function isBoundary(
  text: string, termStart: number, termEnd: number, closedQuote: boolean,
  next: number, lineStart: number, lineEnd: number,
): boolean {
  let first = text[next];
  if (OPENING_QUOTES.includes(first)) first = text[next + 1];
  // Lower-case continuation ("'Why?' she asked", "e.g. something") is never a new sentence.
  if (!canOpenSentence(first)) return false;

  const term = text.slice(termStart, termEnd);
  const following = wordsAfter(text, next, lineEnd, 4);
  const nextWord = (following[0] ?? "").toLowerCase();

  // "'Why now?' Biden asked." — quoted question/exclamation followed by its attribution. But
  // when the speech verb opens its own reported clause ("…?" Wes Hadley said NDOT had known…,
  // "said that…"), the quote was a sentence of its own.
  if (closedQuote && /[?!]/.test(term)) {
    const raw = text.slice(next, Math.min(lineEnd, next + 80)).split(/\s+/);
    const words = wordsAfter(text, next, lineEnd, 6);
    const verb = words.slice(1, 4).findIndex((w) => SPEECH_VERBS.test(w)) + 1;
    if (verb > 0) {
      const afterVerb = words[verb + 1] ?? "";
      const when = DAY_OR_MONTH.test(afterVerb) || (afterVerb === "that" && TIME_WORD.test(words[verb + 2] ?? ""));
      const reported = REPORTING.test(words[verb]) && !/[,.;:!?]$/.test(raw[verb] ?? "") && !when
        && (afterVerb === "that" || /^\p{Lu}/u.test(afterVerb));
      if (!reported) return false;
    }
  }
  if (term !== "." || closedQuote) return true;

  const word = wordBefore(text, termStart, lineStart);
  const bare = word.replace(/\.$/, "").toLowerCase();
  if (TITLES.has(bare)) {
    // "No." is only an abbreviation before a number ("No. 10").
    return bare === "no" && !/\p{N}/u.test(text[next]);
  }
  if (bare === "a.m" || bare === "p.m") {
    // "… 7:45 p.m. Thursday: …" is the next item of a schedule, not the same sentence.
    const heading = /^\S+:(\s|$)/.test(text.slice(next, lineEnd));
    return heading || !timeGoesOn(following);
  }
  const isInitial = /^\p{Lu}$/u.test(word);
  const isDotted = /^(\p{L}\.)+\p{L}$/u.test(word); // U.S, e.g, a.m
  if (isInitial || isDotted || SOFT_ABBREVIATIONS.has(bare)) return OPENERS.has(nextWord);
  return true;
}

function pushTrimmed(out: SentenceRange[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

function splitLine(text: string, lineStart: number, lineEnd: number, out: SentenceRange[]): void {
  const terminator = /[.!?…]+/g;
  terminator.lastIndex = lineStart;
  let sentenceStart = lineStart;
  let m: RegExpExecArray | null;
  while ((m = terminator.exec(text)) !== null && m.index < lineEnd) {
    let end = m.index + m[0].length;
    while (end < lineEnd && CLOSERS.includes(text[end])) end++;
    const closedQuote = end > m.index + m[0].length;
    // A terminator glued to the next token ("3.5", "U.S.-Russia", "example.com") is not an end.
    if (end < lineEnd && !/\s/.test(text[end])) continue;
    let next = end;
    while (next < lineEnd && /\s/.test(text[next])) next++;
    if (next >= lineEnd) break;
    if (isBoundary(text, m.index, m.index + m[0].length, closedQuote, next, lineStart, lineEnd)) {
      pushTrimmed(out, text, sentenceStart, end);
      sentenceStart = next;
    }
    terminator.lastIndex = end;
  }
  pushTrimmed(out, text, sentenceStart, lineEnd);
}

/**
 * Split plain text into sentences with offsets into `text`. Newlines always end a
 * sentence (paragraphs, headlines and captions are separate lines in pasted articles).
 */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}
