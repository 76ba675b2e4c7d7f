import { numbersIn } from "@/lib/anchoring/numbers";

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  half: 0.5, quarter: 0.25, twice: 2, double: 2, triple: 3, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * The quantities a claim states, as comparable values: "45,000", "45 000" and "forty-five
 * thousand" are all 45000, "1.2 billion" is 1.2e9, "2,000" equals "two thousand". Months and
 * ordinals stay as words (a date is part of the claim). Percent signs are dropped: "4.1%" and
 * "4.1 percent" state the same number.
 */
export function claimNumbers(text: string): Set<string> {
  const out = new Set<string>();
  const tokens = numbersIn(text.replace(/(\d)-(?=[a-z])/gi, "$1 ").replace(/([a-z])-(?=[a-z])/gi, "$1 "));
  let value: number | null = null;
  const flush = () => { if (value !== null) out.add(String(Number(value.toPrecision(6)))); value = null; };
  for (const token of tokens) {
    if (token === "%") continue;
    if (/^\d/.test(token)) { flush(); value = Number(token); continue; }
    if (token in SCALES) { value = (value ?? 1) * SCALES[token]; continue; }
    if (token in UNITS) {
      // "forty five" adds up; "five" after a completed number starts a new one.
      if (value !== null && value >= 20 && value < 100 && value % 10 === 0 && UNITS[token] < 10) value += UNITS[token];
      else { flush(); value = UNITS[token]; }
      continue;
    }
    flush();
    out.add(token);
  }
  flush();
  return out;
}

/**
 * How far two claims' numbers agree, as a factor on their similarity: 1 when they state the
 * same quantities, down to 0.5 when both state numbers and none agree (claims of 45,000 and of
 * 50,000 differ), 0.85 when only one of them states numbers.
 */
export function numberAgreement(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0.85;
  let shared = 0;
  for (const n of a) if (b.has(n)) shared++;
  return 0.5 + 0.5 * (shared / (a.size + b.size - shared));
}
