import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";
import { claimInclude, toClaimView, type ClaimView } from "./support/claim-view";

/** One claim with its anchor and sources (deleted claims too, so "Undo" can show them). */
export async function getClaim(actor: Actor, claimId: string): Promise<ClaimView> {
  authorize(actor, "article.read");
  const claim = await db.claim.findUnique({ where: { id: claimId }, include: claimInclude });
  if (!claim) throw notFound("The claim");
  return toClaimView(claim);
}
