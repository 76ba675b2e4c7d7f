/**
 * Moved to lib/data/claims.ts (issue 16): the claim view and its one mapping. Kept so files
 * not yet moved (and UI type imports) still build.
 */
export type { ClaimView, LinkedSourceView, PersonRef, ReviewNoteView } from "@/lib/data/claims";
export { claimInclude, claimViewFromRow as toClaimView, reviewNoteView } from "@/lib/data/claims";
