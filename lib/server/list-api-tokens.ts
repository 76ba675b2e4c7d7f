import { withDb } from "@/lib/data/handle";
import { listTokensOf } from "@/lib/data/tokens";
import type { Actor } from "@/lib/domain/actor";
import { authorize } from "./support/authorize";
import type { ApiTokenView } from "./create-api-token";

/** The actor's own tokens, newest first (the secret itself is never shown again). */
export async function listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
  authorize(actor, "token.manage");
  return withDb((client) => listTokensOf(client, actor.id));
}
