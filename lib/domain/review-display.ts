import type { ReviewState } from "./enums";

/**
 * The review states a newsroom talks about. "Sent back" is an open claim that still carries a
 * reviewer's note (a send-back or a reopen): the editor has work to do, which plain "Open"
 * hid. Resubmitting clears the note and the claim reads "Needs review" again.
 */
export const REVIEW_DISPLAY_STATES = ["open", "sent_back", "needs_review", "approved"] as const;
export type ReviewDisplayState = (typeof REVIEW_DISPLAY_STATES)[number];

export const REVIEW_DISPLAY_LABEL: Record<ReviewDisplayState, string> = {
  open: "Open",
  sent_back: "Sent back",
  needs_review: "Needs review",
  approved: "Approved",
};

export function reviewDisplayState(claim: { reviewState: ReviewState; reviewNote?: unknown }): ReviewDisplayState {
  return claim.reviewState === "open" && claim.reviewNote ? "sent_back" : claim.reviewState;
}

/** "Sent back by Rui Reviewer" / "Reopened by Rui Reviewer". */
export function reviewNoteHeading(note: { action: "send_back" | "reopen"; by: { name: string } | null }): string {
  const who = note.by?.name ?? "a reviewer";
  return note.action === "reopen" ? `Reopened by ${who}` : `Sent back by ${who}`;
}
