/**
 * The numbers a quote states. A fact-check is usually about a number ("50,000
 * passengers a day", "rose 3%", "in March 2021"), so a re-anchored claim whose numbers
 * differ from the quote its verdict was given on is a different claim, however similar
 * the words: it is never "kept" and it goes back to review.
 *
 * Counted as numbers: digit runs (group separators dropped, so "50,000" = "50 000" =
 * "50000"; a decimal point is kept), English number words and ordinals, percentages
 * ("%", "percent", "per cent" all read as "%"), and month names (the part of a date that
 * is not digits). Comparison is of the sequence, in order.
 */

const NUMBER_WORDS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
  "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
  "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "half", "quarter", "twice", "double", "triple",
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];
const MONTHS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];
const WORDS = new Set([...NUMBER_WORDS, ...MONTHS]);

/**
 * Digits with group separators (comma, space, no-break and thin spaces, apostrophe)
 * between groups of three, an optional decimal part; or a percent sign; or a word.
 */
const TOKEN = /\d+(?:[,'\u00a0\u202f\u2009 ]\d{3})*(?:\.\d+)?|%|per\s*cent\b|[\p{L}]+/giu;

/** The numbers in `text`, normalised, in order (see the module comment). */
export function numbersIn(text: string): string[] {
  const found: string[] = [];
  for (const [token] of text.matchAll(TOKEN)) {
    if (/^\d/.test(token)) found.push(token.replace(/[,'\u00a0\u202f\u2009 ]/g, ""));
    else if (token === "%" || /^per\s*cent$/i.test(token)) found.push("%");
    else {
      const word = token.toLowerCase();
      if (word === "percent") found.push("%");
      else if (WORDS.has(word)) found.push(word);
    }
  }
  return found;
}

/** The first number in `text` as written there (e.g. "50,000"), to look for it elsewhere. */
export function firstNumberAsWritten(text: string): string | null {
  for (const [token] of text.matchAll(TOKEN)) {
    if (/^\d/.test(token) || token === "%" || /^per\s*cent$/i.test(token) || WORDS.has(token.toLowerCase()) || token.toLowerCase() === "percent") return token;
  }
  return null;
}

/** True when both texts state the same numbers in the same order. */
export function sameNumbers(a: string, b: string): boolean {
  const x = numbersIn(a);
  const y = numbersIn(b);
  return x.length === y.length && x.every((n, i) => n === y[i]);
}
