import { db } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import type { ReviewState, Verdict } from "@/lib/domain/enums";
import { markdownToPlainText } from "@/lib/markdown";
import { buildMatchQuery, highlightToHtml, HIGHLIGHT_OPEN } from "@/lib/search";
import { searchQuerySchema, type SearchKind, type SearchQueryInput } from "@/lib/validation/search";
import { authorize } from "./support/authorize";

/**
 * Highlighted fields are HTML: escaped text in which only matched words are wrapped in
 * <mark> (lib/search/highlight.ts). A field the query did not match is null.
 */
export interface ArticleHit { id: string; titleHtml: string; snippetHtml: string | null; href: string }
export interface ClaimHit {
  id: string; articleId: string; articleTitle: string; verdict: Verdict; reviewState: ReviewState;
  exactHtml: string; normalizedHtml: string | null; claimantHtml: string | null; rationaleHtml: string | null; href: string;
}
export interface SourceHit {
  id: string; url: string; titleHtml: string; urlHtml: string; publisherHtml: string | null;
  /** Claims citing the source (live ones, newest first, at most five). */
  claims: Array<{ id: string; articleId: string; exact: string; href: string }>;
}
export interface CommentHit { id: string; claimId: string; articleId: string; articleTitle: string; claimExact: string; author: string; bodyHtml: string; href: string }

export interface SearchGroup<T> { items: T[]; hasMore: boolean }
export interface SearchResults {
  query: string;
  /** False when the query had nothing to search for (empty, or only punctuation). */
  searched: boolean;
  articles: SearchGroup<ArticleHit>;
  claims: SearchGroup<ClaimHit>;
  sources: SearchGroup<SourceHit>;
  comments: SearchGroup<CommentHit>;
}

const claimHref = (articleId: string, claimId: string) => `/articles/${encodeURIComponent(articleId)}?claim=${encodeURIComponent(claimId)}`;
/** A highlighted field, or null when nothing in it matched (so the page can leave it out). */
const ifMatched = (marked: string | null) => (marked && marked.includes(HIGHLIGHT_OPEN) ? highlightToHtml(marked) : null);
/** Snippets of Markdown fields (rationales, comments) read as plain text, as the reader sees them. */
const plain = (marked: string | null) => (marked === null ? null : markdownToPlainText(marked));
const H = (col: number, table: string) => `highlight(${table}, ${col}, char(2), char(3))`;
const S = (col: number, table: string, tokens = 24) => `snippet(${table}, ${col}, char(2), char(3), '…', ${tokens})`;
const LIVE_CLAIM = `JOIN "Claim" c ON c."id" = search_claim.ref_id AND c."deletedAt" IS NULL`;

type Row = Record<string, string | number | null>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

async function searchArticles(match: string, limit: number): Promise<SearchGroup<ArticleHit>> {
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT a."id" AS id, ${H(1, "search_article")} AS title, ${S(2, "search_article", 32)} AS snippet
       FROM search_article JOIN "Article" a ON a."id" = search_article.ref_id AND a."deletedAt" IS NULL
      WHERE search_article MATCH ? ORDER BY bm25(search_article, 0, 5.0, 1.0) LIMIT ?`,
    match, limit + 1,
  );
  const items = rows.slice(0, limit).map((r) => ({
    id: String(r.id), titleHtml: highlightToHtml(String(r.title)), snippetHtml: ifMatched(str(r.snippet)), href: `/articles/${encodeURIComponent(String(r.id))}`,
  }));
  return { items, hasMore: rows.length > limit };
}

async function searchClaims(match: string, limit: number): Promise<SearchGroup<ClaimHit>> {
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT c."id" AS id, c."articleId" AS articleId, a."title" AS articleTitle, c."verdict" AS verdict, c."reviewState" AS reviewState,
            ${H(2, "search_claim")} AS exact, ${H(3, "search_claim")} AS normalized, ${H(4, "search_claim")} AS claimant, ${S(5, "search_claim")} AS rationale
       FROM search_claim ${LIVE_CLAIM} JOIN "Article" a ON a."id" = c."articleId" AND a."deletedAt" IS NULL
      WHERE search_claim MATCH ? ORDER BY bm25(search_claim, 0, 0, 3.0, 3.0, 1.5, 1.0) LIMIT ?`,
    match, limit + 1,
  );
  const items = rows.slice(0, limit).map((r) => ({
    id: String(r.id), articleId: String(r.articleId), articleTitle: String(r.articleTitle),
    verdict: String(r.verdict) as Verdict, reviewState: String(r.reviewState) as ReviewState,
    exactHtml: highlightToHtml(String(r.exact)), normalizedHtml: ifMatched(str(r.normalized)), claimantHtml: ifMatched(str(r.claimant)), rationaleHtml: ifMatched(plain(str(r.rationale))),
    href: claimHref(String(r.articleId), String(r.id)),
  }));
  return { items, hasMore: rows.length > limit };
}

async function searchSources(match: string, limit: number): Promise<SearchGroup<SourceHit>> {
  // Only sources some live claim still cites: a search result must lead somewhere.
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT s."id" AS id, s."url" AS url, ${H(1, "search_source")} AS title, ${H(2, "search_source")} AS urlMarked, ${H(3, "search_source")} AS publisher
       FROM search_source JOIN "Source" s ON s."id" = search_source.ref_id
      WHERE search_source MATCH ? AND EXISTS (
              SELECT 1 FROM "ClaimSource" cs JOIN "Claim" c ON c."id" = cs."claimId" AND c."deletedAt" IS NULL
                JOIN "Article" a ON a."id" = c."articleId" AND a."deletedAt" IS NULL
               WHERE cs."sourceId" = s."id")
      ORDER BY bm25(search_source, 0, 3.0, 1.0, 1.0) LIMIT ?`,
    match, limit + 1,
  );
  const page = rows.slice(0, limit);
  const links = await db.claimSource.findMany({
    where: { sourceId: { in: page.map((r) => String(r.id)) }, claim: { deletedAt: null, article: { deletedAt: null } } },
    select: { sourceId: true, claim: { select: { id: true, articleId: true, exact: true } } },
    orderBy: { createdAt: "desc" },
  });
  const items = page.map((r) => ({
    id: String(r.id), url: String(r.url), titleHtml: highlightToHtml(String(r.title)), urlHtml: highlightToHtml(String(r.urlMarked)), publisherHtml: ifMatched(str(r.publisher)),
    claims: links.filter((l) => l.sourceId === r.id).slice(0, 5).map((l) => ({ ...l.claim, href: claimHref(l.claim.articleId, l.claim.id) })),
  }));
  return { items, hasMore: rows.length > limit };
}

async function searchComments(match: string, limit: number): Promise<SearchGroup<CommentHit>> {
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT m."id" AS id, m."claimId" AS claimId, c."articleId" AS articleId, a."title" AS articleTitle, c."exact" AS claimExact,
            u."name" AS author, ${S(2, "search_comment", 32)} AS body
       FROM search_comment JOIN "Comment" m ON m."id" = search_comment.ref_id AND m."deletedAt" IS NULL
       JOIN "Claim" c ON c."id" = m."claimId" AND c."deletedAt" IS NULL
       JOIN "Article" a ON a."id" = c."articleId" AND a."deletedAt" IS NULL
       JOIN "User" u ON u."id" = m."authorId"
      WHERE search_comment MATCH ? ORDER BY bm25(search_comment) LIMIT ?`,
    match, limit + 1,
  );
  const items = rows.slice(0, limit).map((r) => ({
    id: String(r.id), claimId: String(r.claimId), articleId: String(r.articleId), articleTitle: String(r.articleTitle), claimExact: String(r.claimExact),
    author: String(r.author), bodyHtml: highlightToHtml(markdownToPlainText(String(r.body))), href: claimHref(String(r.articleId), String(r.claimId)),
  }));
  return { items, hasMore: rows.length > limit };
}

const EMPTY = { items: [], hasMore: false };

/**
 * One search box over articles (title, text), claims (quote, normalised claim, claimant,
 * rationale), sources (title, URL, publisher) and comments. Whatever was typed is searched
 * for as words (never as FTS syntax); the last word also matches as a prefix. Deleted
 * articles, claims and comments are never shown.
 */
export async function searchAll(actor: Actor, raw: SearchQueryInput): Promise<SearchResults> {
  authorize(actor, "article.read");
  const { q, kind, limit } = searchQuerySchema.parse(raw);
  const match = buildMatchQuery(q);
  const none: SearchResults = { query: q, searched: false, articles: EMPTY, claims: EMPTY, sources: EMPTY, comments: EMPTY };
  if (!match) return none;
  const wanted = (k: SearchKind) => kind === undefined || kind === k;
  const [articles, claims, sources, comments] = await Promise.all([
    wanted("articles") ? searchArticles(match, limit) : EMPTY,
    wanted("claims") ? searchClaims(match, limit) : EMPTY,
    wanted("sources") ? searchSources(match, limit) : EMPTY,
    wanted("comments") ? searchComments(match, limit) : EMPTY,
  ]);
  return { query: q, searched: true, articles, claims, sources, comments };
}
