import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";
import { appendEvent } from "./support/append-event";
import { writeTransaction } from "./support/write";
import { claimInclude, toClaimView, type ClaimView } from "./support/claim-view";
import { lockedClaimError } from "./support/claim-errors";

/** Soft-deletes a claim: it disappears from the workbench but keeps its work for "Undo". */
export async function deleteClaim(actor: Actor, claimId: string): Promise<ClaimView> {
  authorize(actor, "claim.delete");
  return writeTransaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null }, include: claimInclude });
    if (!claim) throw notFound("The claim");
    if (claim.reviewState === "approved") throw lockedClaimError(toClaimView(claim));
    const updated = await tx.claim.update({
      where: { id: claimId },
      data: { deletedAt: new Date(), version: { increment: 1 }, updatedById: actor.id },
      include: claimInclude,
    });
    await appendEvent(tx, actor, { type: "claim.deleted", targetType: "claim", targetId: claimId, articleId: claim.articleId, claimId, before: { deletedAt: null }, after: { deletedAt: updated.deletedAt, version: updated.version } });
    return toClaimView(updated);
  });
}
