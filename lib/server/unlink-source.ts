import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";
import { appendEvent } from "./support/append-event";
import { writeTransaction } from "./support/write";
import { claimInclude, toClaimView, type ClaimView } from "./support/claim-view";
import { lockedClaimError } from "./support/claim-errors";

/** Removes a source from one claim; the source itself stays for the other claims citing it. */
export async function unlinkSource(actor: Actor, claimId: string, sourceId: string): Promise<ClaimView> {
  authorize(actor, "source.link");
  return writeTransaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, deletedAt: null }, include: claimInclude });
    if (!claim) throw notFound("The claim");
    if (claim.reviewState === "approved") throw lockedClaimError(toClaimView(claim));
    const link = claim.sources.find((s) => s.sourceId === sourceId);
    if (!link) throw notFound("That source on this claim");
    await tx.claimSource.delete({ where: { claimId_sourceId: { claimId, sourceId } } });
    const updated = await tx.claim.update({ where: { id: claimId }, data: { version: { increment: 1 }, updatedById: actor.id }, include: claimInclude });
    await appendEvent(tx, actor, {
      type: "source.unlinked",
      targetType: "source",
      targetId: sourceId,
      articleId: claim.articleId,
      claimId,
      before: { sourceId, url: link.source.url, title: link.source.title, stance: link.stance },
      after: { version: updated.version },
    });
    return toClaimView(updated);
  });
}
