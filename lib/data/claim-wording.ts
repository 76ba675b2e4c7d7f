import type { Tx } from "./client";

/**
 * A claim's place in the text after a revision, for "accept the new wording": what a claim
 * whose words changed holds (status "changed", the old quote in `previousExact`), and the
 * write that anchors it on the new words again.
 */
export interface ClaimWordingState {
  id: string;
  articleId: string;
  anchorStatus: string;
  previousExact: string | null;
  reviewState: string;
  version: number;
}

export async function readClaimWording(tx: Tx, claimId: string): Promise<ClaimWordingState | null> {
  return tx.claim.findFirst({
    where: { id: claimId, deletedAt: null },
    select: { id: true, articleId: true, anchorStatus: true, previousExact: true, reviewState: true, version: true },
  });
}

/**
 * Anchors the claim on its current words: status "anchored", no previous quote, version + 1.
 * Only while it is still at `version` and changed; false when another write came first.
 */
export async function acceptClaimWordingRow(tx: Tx, claimId: string, version: number, actorId: string): Promise<boolean> {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version, anchorStatus: "changed", deletedAt: null },
    data: { anchorStatus: "anchored", previousExact: null, version: { increment: 1 }, updatedById: actorId, updatedAt: new Date() },
  });
  return count === 1;
}
