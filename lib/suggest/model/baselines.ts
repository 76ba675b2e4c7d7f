/** The trivial rules every figure is printed beside (lib/suggest/README.md, protocol point 5). */
export const BASELINES = {
  "contains a digit": (text: string): number => (/\d/.test(text) ? 1 : 0),
  "digit or 12+ words": (text: string): number => (/\d/.test(text) || text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 12 ? 1 : 0),
  "always yes": (): number => 1,
} as const;

export type BaselineName = keyof typeof BASELINES;
