import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { changeClaim, deleteSourceLink, findClaim, type ClaimView } from "@/lib/data/claims";
import { appendEvent } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";
import { authorize } from "./support/authorize";
import { lockedClaimError } from "./support/claim-errors";

/** Removes a source from one claim; the source itself stays for the other claims citing it. */
export async function unlinkSource(actor: Actor, claimId: string, sourceId: string): Promise<ClaimView> {
  authorize(actor, "source.link");
  return writeTransaction(async (tx) => {
    const claim = await findClaim(tx, claimId);
    if (!claim) throw notFound("The claim");
    if (claim.reviewState === "approved") throw lockedClaimError(claim);
    const link = claim.sources.find((s) => s.sourceId === sourceId);
    if (!link) throw notFound("That source on this claim");
    await deleteSourceLink(tx, claimId, sourceId);
    const view = await changeClaim(tx, actor, claim, {}, { sources: claim.sources.filter((s) => s.sourceId !== sourceId) });
    await appendEvent(tx, actor, {
      type: "source.unlinked",
      targetType: "source",
      targetId: sourceId,
      articleId: claim.articleId,
      claimId,
      before: { sourceId, url: link.url, title: link.title, stance: link.stance },
      after: { version: view.version },
    });
    return view;
  });
}
