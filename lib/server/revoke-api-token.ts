import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";
import { appendEvent } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";
import { findOwnToken, markTokenRevoked } from "@/lib/data/tokens";
import type { ApiTokenView } from "./create-api-token";

/** Revokes one of the actor's own tokens; it stops working at the next request. */
export async function revokeApiToken(actor: Actor, tokenId: string): Promise<ApiTokenView> {
  authorize(actor, "token.manage");
  return writeTransaction(async (tx) => {
    const token = await findOwnToken(tx, tokenId, actor.id);
    if (!token) throw notFound("The API token");
    if (token.revokedAt) return token;
    const updated = await markTokenRevoked(tx, tokenId);
    await appendEvent(tx, actor, { type: "token.revoked", targetType: "token", targetId: tokenId, before: { revokedAt: null }, after: { revokedAt: updated.revokedAt } });
    return updated;
  });
}
