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
