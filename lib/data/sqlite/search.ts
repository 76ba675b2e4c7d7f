import type { Db, Tx } from "@/lib/data/client";
import { buildMatchQuery } from "@/lib/search";
import { liveSql } from "../live";
import type { SearchRow } from "../search";

/**
 * Full-text search on SQLite FTS5: the search_* virtual tables (kept in step with their
 * tables by triggers, see the migrations), ranked with bm25 and marked with highlight() and
 * snippet() between char(2) and char(3), the markers lib/search/highlight.ts turns into <mark>.
 * Only live rows are returned (deleted articles, claims and comments never show). Only the SQL
 * lives here: each query returns at most `take` rows in the columns lib/data/search.ts maps.
 */

type Client = Db | Tx;

const H = (col: number, table: string) => `highlight(${table}, ${col}, char(2), char(3))`;
const S = (col: number, table: string, tokens = 24) => `snippet(${table}, ${col}, char(2), char(3), '…', ${tokens})`;

/** The FTS5 MATCH expression for what was typed (words, the last also as a prefix), or null when nothing is searchable. */
export function ftsMatch(q: string): string | null {
  return buildMatchQuery(q) || null;
}

const rows = (client: Client, sql: string, match: string, take: number) => client.$queryRawUnsafe<SearchRow[]>(sql, match, take);

export function ftsArticles(client: Client, match: string, take: number): Promise<SearchRow[]> {
  return rows(
    client,
    `SELECT a."id" AS id, ${H(1, "search_article")} AS title, ${S(2, "search_article", 32)} AS snippet
       FROM search_article JOIN "Article" a ON a."id" = search_article.ref_id AND ${liveSql("a")}
      WHERE search_article MATCH ? ORDER BY bm25(search_article, 0, 5.0, 1.0) LIMIT ?`,
    match,
    take,
  );
}

export function ftsClaims(client: Client, match: string, take: number): Promise<SearchRow[]> {
  return rows(
    client,
    `SELECT c."id" AS id, c."articleId" AS articleId, a."title" AS articleTitle, c."verdict" AS verdict, c."reviewState" AS reviewState,
            ${H(2, "search_claim")} AS exact, ${H(3, "search_claim")} AS normalized, ${H(4, "search_claim")} AS claimant, ${S(5, "search_claim")} AS rationale
       FROM search_claim JOIN "Claim" c ON c."id" = search_claim.ref_id AND ${liveSql("c")}
       JOIN "Article" a ON a."id" = c."articleId" AND ${liveSql("a")}
      WHERE search_claim MATCH ? ORDER BY bm25(search_claim, 0, 0, 3.0, 3.0, 1.5, 1.0) LIMIT ?`,
    match,
    take,
  );
}

/** Only sources some live claim still cites: a search result must lead somewhere. */
export function ftsSources(client: Client, match: string, take: number): Promise<SearchRow[]> {
  return rows(
    client,
    `SELECT s."id" AS id, s."url" AS url, ${H(1, "search_source")} AS title, ${H(2, "search_source")} AS urlMarked, ${H(3, "search_source")} AS publisher
       FROM search_source JOIN "Source" s ON s."id" = search_source.ref_id
      WHERE search_source MATCH ? AND EXISTS (
              SELECT 1 FROM "ClaimSource" cs JOIN "Claim" c ON c."id" = cs."claimId" AND ${liveSql("c")}
                JOIN "Article" a ON a."id" = c."articleId" AND ${liveSql("a")}
               WHERE cs."sourceId" = s."id")
      ORDER BY bm25(search_source, 0, 3.0, 1.0, 1.0) LIMIT ?`,
    match,
    take,
  );
}

export function ftsComments(client: Client, match: string, take: number): Promise<SearchRow[]> {
  return rows(
    client,
    `SELECT m."id" AS id, m."claimId" AS claimId, c."articleId" AS articleId, a."title" AS articleTitle, c."exact" AS claimExact,
            u."name" AS author, ${S(2, "search_comment", 32)} AS body
       FROM search_comment JOIN "Comment" m ON m."id" = search_comment.ref_id AND ${liveSql("m")}
       JOIN "Claim" c ON c."id" = m."claimId" AND ${liveSql("c")}
       JOIN "Article" a ON a."id" = c."articleId" AND ${liveSql("a")}
       JOIN "User" u ON u."id" = m."authorId"
      WHERE search_comment MATCH ? ORDER BY bm25(search_comment) LIMIT ?`,
    match,
    take,
  );
}
