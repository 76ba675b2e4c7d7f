import type { Actor } from "@/lib/domain/actor";
import { generateApiToken } from "@/lib/auth/api-token";
import { insertToken, type TokenRecord } from "@/lib/data/tokens";
import { createTokenSchema, type CreateTokenInput } from "@/lib/validation/user";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { appendEvent } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";
import type { ApiTokenView } from "@/lib/contracts/users";
export type { ApiTokenView };

/**
 * Creates a personal API token for the actor. The token acts with the user's own role
 * (and loses it when the user is deactivated); it is returned once and stored hashed.
 */
export async function createApiToken(actor: Actor, raw: CreateTokenInput): Promise<{ token: string; view: ApiTokenView }> {
  authorize(actor, "token.manage");
  const input = parseInput(createTokenSchema, raw);
  const { token, hash, prefix } = generateApiToken();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const row = await writeTransaction(async (tx) => {
    const created = await insertToken(tx, { userId: actor.id, name: input.name, tokenHash: hash, prefix, scope: input.scope, expiresAt });
    await appendEvent(tx, actor, { type: "token.created", targetType: "token", targetId: created.id, after: { name: input.name, prefix, scope: input.scope, expiresAt: expiresAt?.toISOString() ?? null } });
    return created;
  });
  return { token, view: row };
}

