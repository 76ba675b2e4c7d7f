import type { Actor } from "@/lib/domain/actor";
import type { Db, Tx } from "./client";
import { claimInclude, claimViewFromRow, type ClaimView } from "./claims";
import { buildAnyWordQuery } from "@/lib/search";
import { isPostgres } from "./database-url";
import { pgSimilarClaims } from "./postgres/search";

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

// ---------------------------------------------------------------------------------------
// Similar claims (prior fact-checks)

/** bm25 column weights for search_claim(ref_id, article_id, exact, normalized, claimant, rationale). */
const SIMILAR_WEIGHTS = "0, 0, 1.0, 2.0, 0.5, 0";

export interface ClaimWording { id: string; exact: string; normalized: string | null }

/** A live claim of a live article, with what it says. */
export async function findClaimWording(client: Client, claimId: string): Promise<(ClaimWording & { articleId: string; claimant: string | null }) | null> {
  return client.claim.findFirst({
    where: { id: claimId, deletedAt: null, article: { deletedAt: null } },
    select: { id: true, articleId: true, exact: true, normalized: true, claimant: true },
  });
}

/**
 * Live claims of other live articles whose wording (exact quote, normalised wording) shares
 * any of `words`, best first: FTS5 bm25 on SQLite, ts_rank on PostgreSQL
 * (lib/data/postgres/search.ts, issue 12).
 */
export async function searchClaimsOfOtherArticles(client: Client, words: readonly string[], articleId: string, limit: number): Promise<ClaimWording[]> {
  if (words.length === 0) return [];
  if (isPostgres()) return pgSimilarClaims(client, words, articleId, limit);
  const match = buildAnyWordQuery(words, ["exact", "normalized"])!;
  return client.$queryRawUnsafe<ClaimWording[]>(
    `SELECT c."id" AS id, c."exact" AS exact, c."normalized" AS normalized
       FROM search_claim
       JOIN "Claim" c ON c."id" = search_claim.ref_id AND c."deletedAt" IS NULL
       JOIN "Article" a ON a."id" = c."articleId" AND a."deletedAt" IS NULL
      WHERE search_claim MATCH ? AND c."articleId" <> ?
      ORDER BY bm25(search_claim, ${SIMILAR_WEIGHTS})
      LIMIT ?`,
    match, articleId, limit,
  );
}

/** The most recently changed live claims of other live articles. */
export async function recentClaimsOfOtherArticles(client: Client, articleId: string, limit: number): Promise<ClaimWording[]> {
  return client.claim.findMany({
    where: { deletedAt: null, articleId: { not: articleId }, article: { deletedAt: null } },
    select: { id: true, exact: true, normalized: true },
    orderBy: { updatedAt: "desc" },
    take: limit,
  });
}

/** Full claim views of the given claims, each with its article's id, title and publisher. */
export async function claimViewsWithArticle(client: Client, ids: readonly string[]): Promise<Map<string, { claim: ClaimView; article: { id: string; title: string; publisher: string | null } }>> {
  const rows = await client.claim.findMany({
    where: { id: { in: [...ids] } },
    include: { ...claimInclude, article: { select: { id: true, title: true, publisher: true } } },
  });
  return new Map(rows.map(({ article, ...rest }) => [rest.id, { claim: claimViewFromRow(rest), article }]));
}
