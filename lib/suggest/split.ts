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

const SPEECH_VERBS = /^(said|says|asked|asks|told|added|replied|responded|shouted|wrote|argued|warned|insisted)$/i;

const CLOSERS = "'\"’”)]»";
const OPENING_QUOTES = "'\"‘“([«";

function isUpperOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return /[\p{Lu}\p{N}]/u.test(ch);
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
  if (!isUpperOrDigit(first)) return false;

  const term = text.slice(termStart, termEnd);
  const following = wordsAfter(text, next, lineEnd, 4);
  const nextWord = (following[0] ?? "").toLowerCase();

  // "'Why now?' Biden asked." — quoted question/exclamation followed by its attribution.
  if (closedQuote && /[?!]/.test(term) && following.slice(1, 4).some((w) => SPEECH_VERBS.test(w))) {
    return false;
  }
  if (term !== "." || closedQuote) return true;

  const word = wordBefore(text, termStart, lineStart);
  const bare = word.replace(/\.$/, "").toLowerCase();
  if (TITLES.has(bare)) {
    // "No." is only an abbreviation before a number ("No. 10").
    return bare === "no" && !/\p{N}/u.test(text[next]);
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
