import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { changeClaim, findClaim, type ClaimView } from "@/lib/data/claims";
import { appendEvent } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";
import { authorize } from "./support/authorize";
import { lockedClaimError } from "./support/claim-errors";

/** Soft-deletes a claim: it disappears from the workbench but keeps its work for "Undo". */
export async function deleteClaim(actor: Actor, claimId: string): Promise<ClaimView> {
  authorize(actor, "claim.delete");
  return writeTransaction(async (tx) => {
    const claim = await findClaim(tx, claimId);
    if (!claim) throw notFound("The claim");
    if (claim.reviewState === "approved") throw lockedClaimError(claim);
    const view = await changeClaim(tx, actor, claim, { deletedAt: new Date() });
    await appendEvent(tx, actor, { type: "claim.deleted", targetType: "claim", targetId: claimId, articleId: claim.articleId, claimId, before: { deletedAt: null }, after: { deletedAt: view.deletedAt!, version: view.version } });
    return view;
  });
}
