import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";
import { appendEvent } from "./support/append-event";
import { writeTransaction } from "./support/write";
import { claimInclude, toClaimView, type ClaimView } from "./support/claim-view";

/** Undoes a soft delete: the claim comes back with its verdict, sources and comments. */
export async function restoreClaim(actor: Actor, claimId: string): Promise<ClaimView> {
  authorize(actor, "claim.delete");
  return writeTransaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, include: claimInclude });
    if (!claim) throw notFound("The claim");
    if (!claim.deletedAt) return toClaimView(claim);
    const updated = await tx.claim.update({
      where: { id: claimId },
      data: { deletedAt: null, version: { increment: 1 }, updatedById: actor.id },
      include: claimInclude,
    });
    const view = toClaimView(updated);
    await appendEvent(tx, actor, { type: "claim.restored", targetType: "claim", targetId: claimId, articleId: claim.articleId, claimId, before: { deletedAt: claim.deletedAt }, after: view });
    return view;
  });
}
