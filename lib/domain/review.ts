import type { Role, ReviewState, Verdict } from "./enums";
import { can, type Action } from "./permissions";

/**
 * The review workflow as pure rules: open → needs_review → approved, back to open when a
 * reviewer sends a claim back or reopens an approved one (both with a note saying why).
 * Use cases ask `planReview` what a request would do; the queue asks `availableReviewActions`
 * which buttons to show. Neither touches the database.
 */
export const REVIEW_ACTIONS = ["submit", "approve", "send_back", "reopen"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The permission each step needs (sending back is part of reviewing, like approving). */
export const REVIEW_ACTION_PERMISSION: Record<ReviewAction, Action> = {
  submit: "review.submit",
  approve: "review.approve",
  send_back: "review.approve",
  reopen: "review.reopen",
};

/** The Event type each step appends. */
export const REVIEW_EVENT_TYPE = {
  submit: "review.submitted",
  approve: "review.approved",
  send_back: "review.sent_back",
  reopen: "review.reopened",
} as const satisfies Record<ReviewAction, string>;

export const REVIEW_ACTION_LABEL: Record<ReviewAction, string> = {
  submit: "Submit for review",
  approve: "Approve",
  send_back: "Send back",
  reopen: "Reopen",
};

/** Steps that must say why: the editor reads the note to know what to fix. */
export const NOTE_REQUIRED: ReadonlySet<ReviewAction> = new Set<ReviewAction>(["send_back", "reopen"]);

/** The Setting row that turns the four-eyes rule on or off. */
export const FOUR_EYES_SETTING = "review.fourEyes";

/** Four-eyes is on unless the setting says exactly "false": a typo must not relax it. */
export function parseFourEyes(value: string | null | undefined): boolean {
  return value?.trim().toLowerCase() !== "false";
}

export interface ReviewSubject {
  reviewState: ReviewState;
  verdict: Verdict;
  rationale: string;
  sourceCount: number;
  /** Who set the current verdict (null when nobody did, e.g. an imported claim). */
  verdictSetById: string | null;
}

export interface ReviewContext {
  actorId: string;
  note?: string | null;
  fourEyes: boolean;
}

export type ReviewPlan =
  | { ok: true; from: ReviewState; to: ReviewState }
  | { ok: false; code: "conflict" | "invalid" | "forbidden"; message: string; fields?: Record<string, string> };

const FROM_STATE: Record<ReviewAction, ReviewState> = {
  submit: "open",
  approve: "needs_review",
  send_back: "needs_review",
  reopen: "approved",
};

const TO_STATE: Record<ReviewAction, ReviewState> = {
  submit: "needs_review",
  approve: "approved",
  send_back: "open",
  reopen: "open",
};

const WRONG_STATE: Record<ReviewAction, Record<ReviewState, string>> = {
  submit: {
    open: "",
    needs_review: "This claim is already waiting for review.",
    approved: "This claim is approved and locked. A reviewer must reopen it first.",
  },
  approve: {
    open: "This claim has not been submitted for review yet. Submit it first.",
    needs_review: "",
    approved: "This claim is already approved.",
  },
  send_back: {
    open: "This claim is not waiting for review, so there is nothing to send back.",
    needs_review: "",
    approved: "This claim is approved. Reopen it instead, with a note saying what needs another look.",
  },
  reopen: {
    open: "Only approved claims can be reopened; this one is open.",
    needs_review: "Only approved claims can be reopened; this one is waiting for review. Send it back instead.",
    approved: "",
  },
};

export const FOUR_EYES_MESSAGE = "You set this verdict yourself; another reviewer must approve it.";

/**
 * What a claim still lacks before it can be approved (or submitted): a verdict other than
 * "unchecked", a rationale and at least one source. Keys are the fields to fix.
 */
export function missingForApproval(claim: Pick<ReviewSubject, "verdict" | "rationale" | "sourceCount">): Record<string, string> {
  const missing: Record<string, string> = {};
  if (claim.verdict === "unchecked") missing.verdict = "Choose a verdict.";
  if (claim.rationale.trim() === "") missing.rationale = "Write the rationale.";
  if (claim.sourceCount < 1) missing.sources = "Link at least one source.";
  return missing;
}

function describeMissing(missing: Record<string, string>): string {
  const parts = [missing.verdict && "a verdict", missing.rationale && "a rationale", missing.sources && "at least one source"].filter(Boolean) as string[];
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0];
  return `needs ${list}`;
}

/** Decides one review step. A refusal carries the error code and a message to show as is. */
export function planReview(action: ReviewAction, claim: ReviewSubject, ctx: ReviewContext): ReviewPlan {
  const from = claim.reviewState;
  if (from !== FROM_STATE[action]) return { ok: false, code: "conflict", message: WRONG_STATE[action][from] };
  if (NOTE_REQUIRED.has(action) && !ctx.note?.trim()) {
    const why = action === "send_back" ? "what the editor should fix" : "why the claim needs another look";
    return { ok: false, code: "invalid", message: `Add a note saying ${why}.`, fields: { note: "A note is required." } };
  }
  if (action === "submit" || action === "approve") {
    const missing = missingForApproval(claim);
    if (Object.keys(missing).length > 0) {
      const what = action === "submit" ? "Before it can be submitted for review, this claim" : "This claim cannot be approved yet: it";
      return { ok: false, code: "invalid", message: `${what} ${describeMissing(missing)}.`, fields: missing };
    }
  }
  if (action === "approve" && blockedByFourEyes(ctx.actorId, claim, ctx.fourEyes)) {
    return { ok: false, code: "forbidden", message: FOUR_EYES_MESSAGE };
  }
  return { ok: true, from, to: TO_STATE[action] };
}

/**
 * The review buttons to offer one person on one claim: steps their role allows and the
 * claim's state admits. Approve stays on offer even when four-eyes will refuse it: the
 * refusal says who must act instead, which a missing button would not (see `blockedByFourEyes`).
 */
export function availableReviewActions(actor: { id: string; role: Role }, claim: Pick<ReviewSubject, "reviewState">): ReviewAction[] {
  return REVIEW_ACTIONS.filter((action) => can(actor, REVIEW_ACTION_PERMISSION[action]) && claim.reviewState === FROM_STATE[action]);
}

/** True when four-eyes stops this person approving this claim (they set its verdict). */
export function blockedByFourEyes(actorId: string, claim: Pick<ReviewSubject, "verdictSetById">, fourEyes: boolean): boolean {
  return fourEyes && claim.verdictSetById === actorId;
}

/**
 * Why a review button would be refused right now, in the server's own words, or null when
 * it would go through. The UI disables the button and shows this reason, so a person is never
 * offered a step that fails; the note a step asks for is collected later and not judged here.
 */
export function reviewActionBlocker(action: ReviewAction, claim: ReviewSubject, ctx: { actorId: string; fourEyes: boolean }): string | null {
  const plan = planReview(action, claim, { ...ctx, note: NOTE_REQUIRED.has(action) ? "(asked for when the step is taken)" : null });
  return plan.ok ? null : plan.message;
}
