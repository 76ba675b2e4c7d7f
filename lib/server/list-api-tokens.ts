import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import { authorize } from "./support/authorize";
import { toTokenView, type ApiTokenView } from "./create-api-token";

/** The actor's own tokens, newest first (the secret itself is never shown again). */
export async function listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
  authorize(actor, "token.manage");
  const rows = await db.apiToken.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" } });
  return rows.map(toTokenView);
}
