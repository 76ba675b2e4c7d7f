import type { DefaultVerdict, ReviewState, Stance } from "./enums";

/**
 * Display metadata for the DEFAULT scale's verdicts (and `unchecked`). Everything that shows
 * a claim's verdict goes through the newsroom's scale instead: `verdictDisplay` in
 * lib/domain/rating-scale.ts. Each verdict has a letter as well as a colour so the
 * meaning never depends on colour alone (WCAG 1.4.1).
 */
export const VERDICT_META: Record<DefaultVerdict, { label: string; letter: string; color: string; description: string }> = {
  unchecked: { label: "Unchecked", letter: "?", color: "#9ca3af", description: "Not yet checked" },
  verified: { label: "Verified", letter: "V", color: "#16a34a", description: "Accurate and supported by evidence" },
  disputed: { label: "Disputed", letter: "D", color: "#d97706", description: "Credible evidence on both sides" },
  misleading: { label: "Misleading", letter: "M", color: "#9333ea", description: "Partly accurate but gives a false impression" },
  false: { label: "False", letter: "F", color: "#dc2626", description: "Contradicted by the evidence" },
  unverifiable: { label: "Unverifiable", letter: "U", color: "#2563eb", description: "Cannot be proven or disproven with available evidence" },
};

export const REVIEW_STATE_LABEL: Record<ReviewState, string> = {
  open: "Open",
  needs_review: "Needs review",
  approved: "Approved",
};

export const STANCE_LABEL: Record<Stance, string> = {
  supports: "Supports",
  refutes: "Refutes",
  context: "Context",
};
