import type { Db, Tx } from "@/lib/data/client";
import { liveClaim } from "./live";
import { ftsArticles, ftsClaims, ftsComments, ftsMatch, ftsSources } from "./sqlite/search";
import { encodeTerms, pgArticles, pgClaims, pgComments, pgSources, pgTerms } from "./postgres/search";
import { isPostgres } from "./database-url";

/**
 * The search store: one search box over articles, claims, sources and comments. Matching and
 * ranking are the database's own full-text search (SQLite FTS5 in lib/data/sqlite/search.ts,
 * PostgreSQL tsvector/GIN in lib/data/postgres/search.ts, chosen by DATABASE_URL). Those two hold
 * only the SQL; the rows they return (same column names) are paged and mapped here, once.
 * Marked fields hold the matched words between the HIGHLIGHT_OPEN/HIGHLIGHT_CLOSE markers of
 * lib/search/highlight.ts.
 */

type Client = Db | Tx;

/** What was typed, prepared for the database's full-text search. */
export interface SearchTerms {
  readonly match: string;
}

/** A result row as either database returns it, before mapping. */
export type SearchRow = Record<string, string | number | null>;

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

const str = (v: unknown) => String(v);
const strOrNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

const toArticleMatch = (r: SearchRow): ArticleMatch => ({ id: str(r.id), title: str(r.title), snippet: strOrNull(r.snippet) });

const toClaimMatch = (r: SearchRow): ClaimMatch => ({
  id: str(r.id),
  articleId: str(r.articleId),
  articleTitle: str(r.articleTitle),
  verdict: str(r.verdict),
  reviewState: str(r.reviewState),
  exact: str(r.exact),
  normalized: strOrNull(r.normalized),
  claimant: strOrNull(r.claimant),
  rationale: strOrNull(r.rationale),
});

const toSourceMatch = (r: SearchRow): SourceMatch => ({ id: str(r.id), url: str(r.url), title: str(r.title), urlMarked: str(r.urlMarked), publisher: strOrNull(r.publisher) });

const toCommentMatch = (r: SearchRow): CommentMatch => ({
  id: str(r.id),
  claimId: str(r.claimId),
  articleId: str(r.articleId),
  articleTitle: str(r.articleTitle),
  claimExact: str(r.claimExact),
  author: str(r.author),
  body: str(r.body),
});

type RowQuery = (client: Client, match: string, take: number) => Promise<SearchRow[]>;

/** One more row than asked tells whether there are more. */
function searchPage<T>(sqlite: RowQuery, postgres: RowQuery, map: (r: SearchRow) => T) {
  return async (client: Client, terms: SearchTerms, limit: number): Promise<MatchPage<T>> => {
    const rows = await (isPostgres() ? postgres : sqlite)(client, terms.match, limit + 1);
    return { rows: rows.slice(0, limit).map(map), hasMore: rows.length > limit };
  };
}

export const searchArticles = searchPage(ftsArticles, pgArticles, toArticleMatch);
export const searchClaims = searchPage(ftsClaims, pgClaims, toClaimMatch);
/** Sources that some live claim still cites. */
export const searchSources = searchPage(ftsSources, pgSources, toSourceMatch);
export const searchComments = searchPage(ftsComments, pgComments, toCommentMatch);

/** The live claims citing each of these sources, newest link first. */
export async function listCitingClaims(client: Client, sourceIds: readonly string[]): Promise<Array<{ sourceId: string; claim: { id: string; articleId: string; exact: string } }>> {
  return client.claimSource.findMany({
    where: { sourceId: { in: [...sourceIds] }, claim: liveClaim },
    select: { sourceId: true, claim: { select: { id: true, articleId: true, exact: true } } },
    orderBy: { createdAt: "desc" },
  });
}
