/** Article revisions: pure helpers (diffs, re-anchoring plans, editor documents). */
export { wordDiff, diffStats } from "./diff";
export type { DiffKind, DiffPart } from "./diff";
export { planReanchor, formatReanchorSummary } from "./reanchor-plan";
export type { ClaimAnchor, ClaimAnchorUpdate, ReanchorOutcome, ReanchorPlan, ReanchorSummary, StoredClaimAnchor } from "./reanchor-plan";
export { parseEditorDoc, starterKitSchema, EditorDocError } from "./editor-doc";
export { toRevisionSummary } from "./revision-view";
export type { RevisionSummaryView, RevisionView } from "./revision-view";
export { planReviewWithdrawals } from "./review-withdrawal";
export type { ReviewWithdrawal } from "./review-withdrawal";
