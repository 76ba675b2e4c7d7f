import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { findClaim, type ClaimView } from "@/lib/data/claims";
import { withDb } from "@/lib/data/handle";
import { authorize } from "./support/authorize";

/** One claim with its anchor and sources (deleted claims too, so "Undo" can show them). */
export async function getClaim(actor: Actor, claimId: string): Promise<ClaimView> {
  authorize(actor, "article.read");
  const claim = await withDb((db) => findClaim(db, claimId, { includeDeleted: true }));
  if (!claim) throw notFound("The claim");
  return claim;
}
