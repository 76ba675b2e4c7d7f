import type { Actor } from "@/lib/domain/actor";
import type { Db, Tx } from "./client";

type Client = Tx | Db;

/** Check-worthiness suggestions (issue 15): the article they are made for and the dismissals. */

/** The live article's plain text and version, or null if it is missing or deleted. */
export async function findArticleForSuggestions(client: Client, articleId: string): Promise<{ id: string; text: string; version: number } | null> {
  return client.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { id: true, text: true, version: true } });
}

/** Where the article's placed claims are (live, not orphaned): suggestions overlapping them are left out. */
export async function listPlacedClaimRanges(client: Client, articleId: string): Promise<Array<{ start: number; end: number }>> {
  return client.claim.findMany({ where: { articleId, deletedAt: null, anchorStatus: { not: "orphan" } }, select: { start: true, end: true } });
}

/** Keys of the sentences dismissed for this article. */
export async function listDismissedKeys(client: Client, articleId: string): Promise<string[]> {
  const rows = await client.suggestionDismissal.findMany({ where: { articleId }, select: { key: true } });
  return rows.map((r) => r.key);
}

export async function findDismissal(client: Client, articleId: string, key: string): Promise<{ id: string } | null> {
  return client.suggestionDismissal.findUnique({ where: { articleId_key: { articleId, key } }, select: { id: true } });
}

export async function insertDismissal(tx: Tx, actor: Pick<Actor, "id">, articleId: string, key: string): Promise<{ id: string }> {
  return tx.suggestionDismissal.create({ data: { articleId, key, createdById: actor.id }, select: { id: true } });
}

/** Removes a dismissal (undo); returns the removed row's id, or null if there was none. */
export async function deleteDismissal(tx: Tx, articleId: string, key: string): Promise<{ id: string } | null> {
  const existing = await findDismissal(tx, articleId, key);
  if (!existing) return null;
  await tx.suggestionDismissal.delete({ where: { id: existing.id } });
  return existing;
}
