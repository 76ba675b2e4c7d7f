import type { Actor } from "@/lib/domain/actor";
import { generateApiToken } from "@/lib/auth/api-token";
import { createTokenSchema, type CreateTokenInput, type TokenScope } from "@/lib/validation/user";
import { authorize } from "./support/authorize";
import { appendEvent } from "./support/append-event";
import { writeTransaction } from "./support/write";

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  expiresAt: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/**
 * Creates a personal API token for the actor. The token acts with the user's own role
 * (and loses it when the user is deactivated); it is returned once and stored hashed.
 */
export async function createApiToken(actor: Actor, raw: CreateTokenInput): Promise<{ token: string; view: ApiTokenView }> {
  authorize(actor, "token.manage");
  const input = createTokenSchema.parse(raw);
  const { token, hash, prefix } = generateApiToken();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const row = await writeTransaction(async (tx) => {
    const created = await tx.apiToken.create({ data: { userId: actor.id, name: input.name, tokenHash: hash, prefix, scope: input.scope, expiresAt } });
    await appendEvent(tx, actor, { type: "token.created", targetType: "token", targetId: created.id, after: { name: input.name, prefix, scope: input.scope, expiresAt: expiresAt?.toISOString() ?? null } });
    return created;
  });
  return { token, view: toTokenView(row) };
}

export function toTokenView(t: { id: string; name: string; prefix: string; scope: string; expiresAt: Date | null; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ApiTokenView {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scope: t.scope === "read" ? "read" : "full",
    expiresAt: t.expiresAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}
