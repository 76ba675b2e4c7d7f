import type { Db, Tx } from "@/lib/data/client";
import { queryTerms } from "@/lib/search";
import { liveSql } from "../live";
import type { SearchRow } from "../search";

/**
 * Full-text search on PostgreSQL (issue 12): the search_* tables of weighted tsvectors with
 * GIN indexes (kept in step with their rows by triggers, see
 * prisma/postgresql/migrations/*_full_text_search), ranked with ts_rank and marked with
 * ts_headline between char(2) and char(3), the markers lib/search/highlight.ts turns into
 * <mark>: the same results page as lib/data/sqlite/search.ts (rows mapped in lib/data/search.ts).
 * Only live rows are returned.
 *
 * What was typed is searched for as words, never as query syntax (the rule of the SQLite
 * side): punctuation is dropped exactly as the index drops it, every remaining word is
 * quoted for websearch_to_tsquery (so "or", "-x" and quotes are just text), and the last
 * word also matches as a prefix through to_tsquery's `:*` on a quoted lexeme.
 */

type Client = Db | Tx;

/** ASCII punctuation separates words, as factdesk_search_words() does in the index. */
const PUNCTUATION = /[!-/:-@[-`{-~]+/g;

export interface PgTerms {
  /** websearch_to_tsquery input: each whole word quoted. */
  words: string;
  /** to_tsquery input for the last word as a prefix, or "". */
  prefix: string;
}

const lexeme = (word: string) => `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** The tsquery inputs for what was typed, or null when nothing in it is searchable. */
export function pgTerms(q: string): PgTerms | null {
  const chunks = queryTerms(q)
    .map((t) => t.replace(PUNCTUATION, " ").replace(/\s+/g, " ").trim())
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (chunks.length === 0) return null;
  const prefixLast = !/\s$/.test(q);
  const last = prefixLast ? chunks.pop()! : null;
  return {
    words: chunks.map((c) => `"${c}"`).join(" "),
    // A chunk of several words ("U.S" typed as far as "U.S") is a phrase, its last word a prefix.
    prefix: last ? last.split(" ").map(lexeme).join(" <-> ") + ":*" : "",
  };
}

export const encodeTerms = (t: PgTerms) => JSON.stringify(t);
const decodeTerms = (match: string) => JSON.parse(match) as PgTerms;

/** The tsquery of $1 (words) and $2 (prefix). */
const QUERY = `(websearch_to_tsquery('factdesk', $1) && to_tsquery('factdesk', $2))`;
const MARKS = `'StartSel=' || chr(2) || ', StopSel=' || chr(3)`;
/**
 * ts_headline's parser reads `<…>` as an HTML tag and `&…;` as an entity and leaves them out
 * of its output; the text is shown as text (escaped later), so hide <, > and & from it as
 * control characters and put them back after.
 */
const HIDE = (expr: string) => `translate(${expr}, '<>&', chr(1) || chr(4) || chr(5))`;
const SHOW = (expr: string) => `translate(${expr}, chr(1) || chr(4) || chr(5), '<>&')`;
/** The whole field, matched words marked. */
const H = (expr: string) => SHOW(`ts_headline('factdesk', ${HIDE(expr)}, q.query, ${MARKS} || ', HighlightAll=true')`);
/**
 * An excerpt of about `words` words around the matches (the whole field when it is that short),
 * matched words marked, with "…" where it cuts the field, as FTS5's snippet() shows it.
 */
const S = (expr: string, words = 24) => {
  const fragment = SHOW(
    `ts_headline('factdesk', ${HIDE(expr)}, q.query, ${MARKS} || ', MaxFragments=1, MaxWords=${words}, MinWords=${Math.max(5, Math.floor(words / 2))}, ShortWord=0, FragmentDelimiter=…')`,
  );
  // x.h: the excerpt; x.f: the field; x.p: the excerpt's text without the marks (a cut where it is not the field's start or end).
  const cut = `(SELECT CASE WHEN starts_with(x.f, x.p) THEN '' ELSE '…' END || x.h || CASE WHEN right(x.f, length(x.p)) = x.p THEN '' ELSE '…' END
      FROM (SELECT y.h, y.f, translate(y.h, chr(2) || chr(3), '') AS p FROM (SELECT btrim(${fragment}) AS h, btrim(${expr}) AS f) y) x)`;
  return `CASE WHEN array_length(regexp_split_to_array(btrim(${expr}), '\\s+'), 1) <= ${words} THEN ${H(expr)} ELSE ${cut} END`;
};

/** At most `take` rows of `sql` (which reads the tsquery as q.query) in the columns lib/data/search.ts maps. */
function rows(client: Client, sql: string, match: string, take: number): Promise<SearchRow[]> {
  const t = decodeTerms(match);
  return client.$queryRawUnsafe<SearchRow[]>(`WITH q AS (SELECT ${QUERY} AS query) ${sql}`, t.words, t.prefix, take);
}

export function pgArticles(client: Client, match: string, take: number): Promise<SearchRow[]> {
  return rows(
    client,
    `SELECT a."id" AS id, ${H(`a."title"`)} AS title, ${S(`a."text"`, 32)} AS snippet
       FROM q, "search_article" s JOIN "Article" a ON a."id" = s."ref_id" AND ${liveSql("a")}
      WHERE s."document" @@ q.query ORDER BY ts_rank(s."document", q.query) DESC, a."id" LIMIT $3`,
    match,
    take,
  );
}

export function pgClaims(client: Client, match: string, take: number): Promise<SearchRow[]> {
  return rows(
    client,
    `SELECT c."id" AS id, c."articleId" AS "articleId", a."title" AS "articleTitle", c."verdict" AS verdict, c."reviewState" AS "reviewState",
            ${H(`c."exact"`)} AS exact, ${H(`coalesce(c."normalized", '')`)} AS normalized, ${H(`coalesce(c."claimant", '')`)} AS claimant, ${S(`c."rationale"`)} AS rationale
       FROM q, "search_claim" s JOIN "Claim" c ON c."id" = s."ref_id" AND ${liveSql("c")}
       JOIN "Article" a ON a."id" = c."articleId" AND ${liveSql("a")}
      WHERE s."document" @@ q.query ORDER BY ts_rank(s."document", q.query) DESC, c."id" LIMIT $3`,
    match,
    take,
  );
}

/** Only sources some live claim still cites: a search result must lead somewhere. */
export function pgSources(client: Client, match: string, take: number): Promise<SearchRow[]> {
  return rows(
    client,
    `SELECT src."id" AS id, src."url" AS url, ${H(`src."title"`)} AS title, ${H(`src."url"`)} AS "urlMarked", ${H(`coalesce(src."publisher", '')`)} AS publisher
       FROM q, "search_source" s JOIN "Source" src ON src."id" = s."ref_id"
      WHERE s."document" @@ q.query AND EXISTS (
              SELECT 1 FROM "ClaimSource" cs JOIN "Claim" c ON c."id" = cs."claimId" AND ${liveSql("c")}
                JOIN "Article" a ON a."id" = c."articleId" AND ${liveSql("a")}
               WHERE cs."sourceId" = src."id")
      ORDER BY ts_rank(s."document", q.query) DESC, src."id" LIMIT $3`,
    match,
    take,
  );
}

export function pgComments(client: Client, match: string, take: number): Promise<SearchRow[]> {
  return rows(
    client,
    `SELECT m."id" AS id, m."claimId" AS "claimId", c."articleId" AS "articleId", a."title" AS "articleTitle", c."exact" AS "claimExact",
            u."name" AS author, ${S(`m."body"`, 32)} AS body
       FROM q, "search_comment" s JOIN "Comment" m ON m."id" = s."ref_id" AND ${liveSql("m")}
       JOIN "Claim" c ON c."id" = m."claimId" AND ${liveSql("c")}
       JOIN "Article" a ON a."id" = c."articleId" AND ${liveSql("a")}
       JOIN "User" u ON u."id" = m."authorId"
      WHERE s."document" @@ q.query ORDER BY ts_rank(s."document", q.query) DESC, m."id" LIMIT $3`,
    match,
    take,
  );
}

/**
 * Similar claims (prior fact-checks) on PostgreSQL: live claims of other live articles
 * whose wording (exact quote weight B, normalised wording weight A) shares any of `words`,
 * best ts_rank first. The counterpart of the FTS5 `{exact normalized} : (a OR b …)` query.
 */
export async function pgSimilarClaims(client: Client, words: readonly string[], articleId: string, limit: number): Promise<Array<{ id: string; exact: string; normalized: string | null }>> {
  const any = words
    .map((w) => w.replace(PUNCTUATION, " ").trim())
    .filter(Boolean)
    .map((w) => "(" + w.split(/\s+/).map(lexeme).join(" <-> ") + ")")
    .join(" | ");
  if (!any) return [];
  return client.$queryRawUnsafe(
    `WITH q AS (SELECT to_tsquery('factdesk', $1) AS query)
     SELECT c."id" AS id, c."exact" AS exact, c."normalized" AS normalized
       FROM q, "search_claim" s
       JOIN "Claim" c ON c."id" = s."ref_id" AND c."deletedAt" IS NULL
       JOIN "Article" a ON a."id" = c."articleId" AND a."deletedAt" IS NULL
      WHERE s."wording" @@ q.query AND c."articleId" <> $2
      ORDER BY ts_rank(s."wording", q.query) DESC, c."id"
      LIMIT $3`,
    any,
    articleId,
    limit,
  );
}
