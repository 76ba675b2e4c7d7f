import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";
import { appendEvent } from "./support/append-event";
import { writeTransaction } from "./support/write";
import { toTokenView, type ApiTokenView } from "./create-api-token";

/** Revokes one of the actor's own tokens; it stops working at the next request. */
export async function revokeApiToken(actor: Actor, tokenId: string): Promise<ApiTokenView> {
  authorize(actor, "token.manage");
  return writeTransaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: actor.id } });
    if (!token) throw notFound("The API token");
    if (token.revokedAt) return toTokenView(token);
    const updated = await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    await appendEvent(tx, actor, { type: "token.revoked", targetType: "token", targetId: tokenId, before: { revokedAt: null }, after: { revokedAt: updated.revokedAt } });
    return toTokenView(updated);
  });
}
