import { db, type Tx } from "@/lib/data/client";
import { fastDb, statement } from "./sqlite/write-connection";

/** How many claims (deleted ones included: a restore must not bring back an unknown key) carry each rating key. */
export async function countClaimsByRating(client: Pick<Tx, "claim">): Promise<Record<string, number>> {
  const groups = await client.claim.groupBy({ by: ["verdict"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.verdict, g._count._all]));
}

export async function claimsWithRating(client: Pick<Tx, "claim">, key: string): Promise<{ id: string; articleId: string; version: number }[]> {
  return client.claim.findMany({ where: { verdict: key }, select: { id: true, articleId: true, version: true } });
}

export async function setClaimRating(client: Pick<Tx, "claim">, id: string, key: string, updatedById: string): Promise<void> {
  await client.claim.update({ where: { id }, data: { verdict: key, version: { increment: 1 }, updatedById } });
}

/** The stored rating-scale setting (JSON), or null when the newsroom never set one. */
export async function findRatingScaleJson(client: Pick<Tx, "setting"> = db, key = "rating.scale"): Promise<string | null> {
  const fast = fastDb(client); // a hot write on SQLite (lib/data/transaction.ts)
  if (fast) return (statement(fast, `SELECT "value" FROM "Setting" WHERE "key" = ?`).get(key) as { value: string } | undefined)?.value ?? null;
  const row = await client.setting.findUnique({ where: { key }, select: { value: true } });
  return row?.value ?? null;
}
