import type { Db, Tx } from "@/lib/data/client";
import { liveClaim } from "./live";
import { ftsArticles, ftsClaims, ftsComments, ftsMatch, ftsSources } from "./sqlite/search";
import { encodeTerms, pgArticles, pgClaims, pgComments, pgSources, pgTerms } from "./postgres/search";
import { isPostgres } from "./database-url";

/**
 * The search store: one search box over articles, claims, sources and comments. Matching and
 * ranking are the database's own full-text search (SQLite FTS5 in lib/data/sqlite/search.ts,
 * PostgreSQL tsvector/GIN in lib/data/postgres/search.ts, chosen by DATABASE_URL). Marked fields hold the
 * matched words between the HIGHLIGHT_OPEN/HIGHLIGHT_CLOSE markers of lib/search/highlight.ts.
 */

type Client = Db | Tx;

/** What was typed, prepared for the database's full-text search. */
export interface SearchTerms {
  readonly match: string;
}

/** A page of matches, best first; `hasMore` when the page was cut. */
export interface MatchPage<T> {
  rows: T[];
  hasMore: boolean;
}

export interface ArticleMatch {
  id: string;
  /** Marked. */
  title: string;
  /** A marked excerpt of the text, or null. */
  snippet: string | null;
}

export interface ClaimMatch {
  id: string;
  articleId: string;
  articleTitle: string;
  verdict: string;
  reviewState: string;
  /** Marked fields (rationale: an excerpt of its Markdown). */
  exact: string;
  normalized: string | null;
  claimant: string | null;
  rationale: string | null;
}

export interface SourceMatch {
  id: string;
  url: string;
  /** Marked fields. */
  title: string;
  urlMarked: string;
  publisher: string | null;
}

export interface CommentMatch {
  id: string;
  claimId: string;
  articleId: string;
  articleTitle: string;
  claimExact: string;
  author: string;
  /** A marked excerpt of the comment's Markdown. */
  body: string;
}

/**
 * Whatever was typed is searched for as words, never as query syntax; the last word also
 * matches as a prefix. Null when nothing in it can be searched for (empty, only punctuation).
 */
export function searchTerms(q: string): SearchTerms | null {
  if (isPostgres()) {
    const terms = pgTerms(q);
    return terms ? { match: encodeTerms(terms) } : null;
  }
  const match = ftsMatch(q);
  return match ? { match } : null;
}

export const searchArticles = (client: Client, terms: SearchTerms, limit: number) => (isPostgres() ? pgArticles : ftsArticles)(client, terms.match, limit);
export const searchClaims = (client: Client, terms: SearchTerms, limit: number) => (isPostgres() ? pgClaims : ftsClaims)(client, terms.match, limit);
/** Sources that some live claim still cites. */
export const searchSources = (client: Client, terms: SearchTerms, limit: number) => (isPostgres() ? pgSources : ftsSources)(client, terms.match, limit);
export const searchComments = (client: Client, terms: SearchTerms, limit: number) => (isPostgres() ? pgComments : ftsComments)(client, terms.match, limit);

/** The live claims citing each of these sources, newest link first. */
export async function listCitingClaims(client: Client, sourceIds: readonly string[]): Promise<Array<{ sourceId: string; claim: { id: string; articleId: string; exact: string } }>> {
  return client.claimSource.findMany({
    where: { sourceId: { in: [...sourceIds] }, claim: liveClaim },
    select: { sourceId: true, claim: { select: { id: true, articleId: true, exact: true } } },
    orderBy: { createdAt: "desc" },
  });
}
