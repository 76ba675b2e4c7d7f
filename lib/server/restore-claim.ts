import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { changeClaim, findClaim, type ClaimView } from "@/lib/data/claims";
import { appendEvent } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";
import { authorize } from "./support/authorize";

/** Undoes a soft delete: the claim comes back with its verdict, sources and comments. */
export async function restoreClaim(actor: Actor, claimId: string): Promise<ClaimView> {
  authorize(actor, "claim.delete");
  return writeTransaction(async (tx) => {
    const claim = await findClaim(tx, claimId, { includeDeleted: true });
    if (!claim) throw notFound("The claim");
    if (!claim.deletedAt) return claim;
    const view = await changeClaim(tx, actor, claim, { deletedAt: null });
    await appendEvent(tx, actor, { type: "claim.restored", targetType: "claim", targetId: claimId, articleId: claim.articleId, claimId, before: { deletedAt: claim.deletedAt }, after: view });
    return view;
  });
}
