import { CLAIMREVIEW_BEST_RATING, CLAIMREVIEW_RATING, CLAIMREVIEW_WORST_RATING } from "./claimreview-rating";
import { VERDICT_META } from "./verdicts";

/**
 * A newsroom's rating scale. Claims store a rating KEY (today: the verdict); the scale
 * maps each key to the words, letter, colour and ClaimReview number readers and machines
 * see. `unchecked` is a workflow state, not a rating, and is never part of a scale.
 */
export interface RatingLabel {
  key: string;
  label: string;
  letter: string;
  /** #rrggbb; must reach WCAG AA contrast against the text colour it is drawn with. */
  color: string;
  description: string;
  /** ClaimReview ratingValue, or null for "no number" (e.g. unverifiable). */
  value: number | null;
}

export interface RatingScale {
  /** ClaimReview bestRating / worstRating for the labels that carry a number. */
  best: number;
  worst: number;
  labels: RatingLabel[];
}

/**
 * How a rating colour is drawn (workbench chip, public pages, embeds): text is always dark
 * slate on white, and the colour is a ring around the letter and a bar beside the label,
 * so the colour is a non-text graphic on the white page. WCAG 2.1 AA (1.4.11) asks 3:1 for
 * such graphics against their background: the check every scale colour must pass.
 */
export const RATING_BACKGROUND_COLOUR = "#ffffff";
export const RATING_TEXT_COLOUR = "#0f172a";

const FIVE_VERDICT_KEYS = ["verified", "disputed", "misleading", "false", "unverifiable"] as const;

/** The current five-verdict scale: the default, so stored verdicts and the demo are unchanged. */
export const DEFAULT_RATING_SCALE: RatingScale = {
  best: CLAIMREVIEW_BEST_RATING,
  worst: CLAIMREVIEW_WORST_RATING,
  labels: FIVE_VERDICT_KEYS.map((key) => ({ key, ...pick(VERDICT_META[key]), value: CLAIMREVIEW_RATING[key] })),
};

function pick(m: { label: string; letter: string; color: string; description: string }) {
  return { label: m.label, letter: m.letter, color: m.color, description: m.description };
}

export const RATING_SCALE_PRESETS: Record<"five-verdict" | "six-point" | "three-point", RatingScale> = {
  "five-verdict": DEFAULT_RATING_SCALE,
  "six-point": {
    best: 6,
    worst: 1,
    labels: [
      { key: "true", label: "True", letter: "T", color: "#15803d", description: "Accurate, nothing significant missing", value: 6 },
      { key: "mostly_true", label: "Mostly true", letter: "MT", color: "#4d7c0f", description: "Accurate but needs clarification", value: 5 },
      { key: "half_true", label: "Half true", letter: "H", color: "#a16207", description: "Partially accurate, leaves out important details", value: 4 },
      { key: "mostly_false", label: "Mostly false", letter: "MF", color: "#c2410c", description: "Contains an element of truth but ignores critical facts", value: 3 },
      { key: "false", label: "False", letter: "F", color: "#dc2626", description: "Not accurate", value: 2 },
      { key: "pants_on_fire", label: "Pants on fire", letter: "P", color: "#991b1b", description: "Not accurate and makes a ridiculous claim", value: 1 },
    ],
  },
  "three-point": {
    best: 3,
    worst: 1,
    labels: [
      { key: "true", label: "True", letter: "T", color: "#15803d", description: "Supported by the evidence", value: 3 },
      { key: "misleading", label: "Misleading", letter: "M", color: "#9333ea", description: "Partly accurate but gives a false impression", value: 2 },
      { key: "false", label: "False", letter: "F", color: "#dc2626", description: "Contradicted by the evidence", value: 1 },
    ],
  },
};

/** A label for a key, or a neutral stand-in so a claim with an unknown key still renders. */
export function ratingLabel(scale: RatingScale, key: string): RatingLabel {
  return scale.labels.find((l) => l.key === key) ?? { key, label: key, letter: "?", color: "#6b7280", description: "", value: null };
}

/** What a verdict looks like wherever it appears: the words, letter and colour a person sees. */
export interface VerdictDisplay {
  key: string;
  label: string;
  letter: string;
  color: string;
  description: string;
}

export const UNCHECKED = "unchecked";
const UNCHECKED_DISPLAY: VerdictDisplay = { key: UNCHECKED, ...pick(VERDICT_META.unchecked) };

/** A claim's verdict as the newsroom's scale shows it; `unchecked` is the workflow state outside the scale. */
export function verdictDisplay(scale: RatingScale, key: string): VerdictDisplay {
  if (key === UNCHECKED) return UNCHECKED_DISPLAY;
  const l = ratingLabel(scale, key);
  return { key: l.key, label: l.label, letter: l.letter, color: l.color, description: l.description };
}

/** Every verdict a claim may take, in the scale's order: `unchecked` first, then each rating. */
export function verdictOptions(scale: RatingScale): VerdictDisplay[] {
  return [UNCHECKED_DISPLAY, ...scale.labels.map((l) => verdictDisplay(scale, l.key))];
}

/** Keys in the order filters, charts and summaries list them. */
export function verdictKeys(scale: RatingScale): string[] {
  return [UNCHECKED, ...scale.labels.map((l) => l.key)];
}

/**
 * Why a verdict cannot be set under this scale, or null when it can. Claims only ever hold
 * `unchecked` or a key of the current scale (a removed key's claims are moved when the scale
 * is saved), so a request naming anything else is refused with the labels it may use.
 */
export function verdictProblem(scale: RatingScale, key: string): string | null {
  if (key === UNCHECKED || scale.labels.some((l) => l.key === key)) return null;
  const allowed = scale.labels.map((l) => `${l.key} (${l.label})`).join(", ");
  return `“${key}” is not a rating of this newsroom's scale. Use unchecked or one of: ${allowed}.`;
}
