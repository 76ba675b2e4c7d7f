import type { Tx } from "@/lib/data/client";
import type { Role } from "@/lib/domain/enums";
import { readTokenActor, type TokenActorRow } from "./sqlite/read-connection";
import { db } from "./client";
import { isPostgres } from "./database-url";

/** The API tokens store: personal tokens, stored hashed. */

type Client = Pick<Tx, "apiToken">;

export type TokenScopeValue = "full" | "read";

/** A token as its owner sees it (the secret itself is never stored). */
export interface TokenRecord {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScopeValue;
  expiresAt: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A bearer token with the user it acts for, as every token-authenticated request reads it. */
export interface TokenActor {
  tokenId: string;
  revoked: boolean;
  lastUsedAt: string | null;
  scope: TokenScopeValue;
  expiresAt: Date | null;
  user: { id: string; name: string; email: string; role: Role; active: boolean };
}

const RECORD = { id: true, name: true, prefix: true, scope: true, expiresAt: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

type RecordRow = { id: string; name: string; prefix: string; scope: string; expiresAt: Date | null; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };
const scopeOf = (scope: string): TokenScopeValue => (scope === "read" ? "read" : "full");
const toRecord = (t: RecordRow): TokenRecord => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scope: scopeOf(t.scope),
  expiresAt: t.expiresAt?.toISOString() ?? null,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

export async function insertToken(
  tx: Client,
  data: { userId: string; name: string; tokenHash: string; prefix: string; scope: TokenScopeValue; expiresAt: Date | null },
): Promise<TokenRecord> {
  return toRecord(await tx.apiToken.create({ data, select: RECORD }));
}

/** One user's tokens, newest first. */
export async function listTokensOf(client: Client, userId: string): Promise<TokenRecord[]> {
  const rows = await client.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: RECORD });
  return rows.map(toRecord);
}

/** The token, if it is this user's (someone else's reads as absent). */
export async function findOwnToken(client: Client, id: string, userId: string): Promise<TokenRecord | null> {
  const row = await client.apiToken.findFirst({ where: { id, userId }, select: RECORD });
  return row ? toRecord(row) : null;
}

export async function markTokenRevoked(tx: Client, id: string, at = new Date()): Promise<TokenRecord> {
  return toRecord(await tx.apiToken.update({ where: { id }, data: { revokedAt: at }, select: RECORD }));
}

/** The bearer check on PostgreSQL (issue 12): one indexed read from the pool. */
async function readTokenActorPostgres(tokenHash: string): Promise<TokenActorRow | undefined> {
  const t = await db.apiToken.findUnique({
    where: { tokenHash },
    select: { id: true, revokedAt: true, lastUsedAt: true, scope: true, expiresAt: true, user: { select: { id: true, name: true, email: true, role: true, active: true } } },
  });
  if (!t) return undefined;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return { tokenId: t.id, revokedAt: iso(t.revokedAt), lastUsedAt: iso(t.lastUsedAt), scope: t.scope, expiresAt: iso(t.expiresAt), ...t.user, active: t.user.active ? 1 : 0 };
}

/** The bearer check, on every token request: a prepared statement on the read-only connection (SQLite), one indexed read (PostgreSQL). */
export async function findTokenActor(tokenHash: string): Promise<TokenActor | null> {
  const row = isPostgres() ? await readTokenActorPostgres(tokenHash) : readTokenActor(tokenHash);
  if (!row) return null;
  return {
    tokenId: row.tokenId,
    revoked: row.revokedAt !== null,
    lastUsedAt: row.lastUsedAt,
    scope: scopeOf(row.scope),
    expiresAt: row.expiresAt === null ? null : new Date(row.expiresAt),
    user: { id: row.id, name: row.name, email: row.email, role: row.role as Role, active: !!row.active },
  };
}

/** Records that a token was used (the caller limits this to about once a minute). */
export async function recordTokenUse(client: Client, tokenId: string): Promise<void> {
  await client.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: new Date() } });
}
