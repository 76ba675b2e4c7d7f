/** Small character helpers shared by the matcher and the diff. */

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Letters, digits and underscore, in any script: what words are made of. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

export function commonPrefixLength(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return 0;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function commonSuffixLength(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return 0;
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** True when offset `at` falls between two word characters, i.e. inside a word. */
export function cutsWordAt(text: string, at: number): boolean {
  return isWordChar(text[at - 1]) && isWordChar(text[at]);
}

/** Which edges of a stored quote were themselves inside a word (the user selected part of one). */
export interface QuoteCuts {
  start: boolean;
  end: boolean;
}

export function storedCuts(exact: string, prefix: string | undefined, suffix: string | undefined): QuoteCuts {
  return {
    start: isWordChar(prefix?.[prefix.length - 1]) && isWordChar(exact[0]),
    end: isWordChar(exact[exact.length - 1]) && isWordChar(suffix?.[0]),
  };
}

/** True when [start, end) cuts no word at an edge where the stored quote did not. */
export function respectsWords(text: string, start: number, end: number, cuts: QuoteCuts): boolean {
  return (cuts.start || !cutsWordAt(text, start)) && (cuts.end || !cutsWordAt(text, end));
}

/**
 * Widens [start, end) to whole words at each edge where the stored quote did not cut a
 * word: a placement starting in "now" becomes "now carry …", never "w carry …".
 */
export function snapToWords(text: string, start: number, end: number, cuts: QuoteCuts): [number, number] {
  let s = start;
  let e = end;
  if (!cuts.start) while (s > 0 && cutsWordAt(text, s)) s--;
  if (!cuts.end) while (e < text.length && cutsWordAt(text, e)) e++;
  return [s, e];
}
