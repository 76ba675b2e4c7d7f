import { withDb, type Handle } from "@/lib/data/handle";
import {
  listCitingClaims,
  searchArticles as findArticles,
  searchClaims as findClaims,
  searchComments as findComments,
  searchSources as findSources,
  searchTerms,
  type SearchTerms,
} from "@/lib/data/search";
import type { Actor } from "@/lib/domain/actor";
import type { ReviewState, Verdict } from "@/lib/domain/enums";
import { markdownToPlainText } from "@/lib/markdown";
import { highlightToHtml, HIGHLIGHT_OPEN } from "@/lib/search";
import { searchQuerySchema, type SearchKind, type SearchQueryInput } from "@/lib/validation/search";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import type { ArticleHit, ClaimHit, SourceHit, CommentHit, SearchGroup, SearchResults } from "@/lib/contracts/search";
export type { ArticleHit, ClaimHit, SourceHit, CommentHit, SearchGroup, SearchResults };

const claimHref = (articleId: string, claimId: string) => `/articles/${encodeURIComponent(articleId)}?claim=${encodeURIComponent(claimId)}`;
/** A highlighted field, or null when nothing in it matched (so the page can leave it out). */
const ifMatched = (marked: string | null) => (marked && marked.includes(HIGHLIGHT_OPEN) ? highlightToHtml(marked) : null);
/** Snippets of Markdown fields (rationales, comments) read as plain text, as the reader sees them. */
const plain = (marked: string | null) => (marked === null ? null : markdownToPlainText(marked));
async function searchArticles(client: Handle, terms: SearchTerms, limit: number): Promise<SearchGroup<ArticleHit>> {
  const { rows, hasMore } = await findArticles(client, terms, limit);
  const items = rows.map((r) => ({ id: r.id, titleHtml: highlightToHtml(r.title), snippetHtml: ifMatched(r.snippet), href: `/articles/${encodeURIComponent(r.id)}` }));
  return { items, hasMore };
}

async function searchClaims(client: Handle, terms: SearchTerms, limit: number): Promise<SearchGroup<ClaimHit>> {
  const { rows, hasMore } = await findClaims(client, terms, limit);
  const items = rows.map((r) => ({
    id: r.id, articleId: r.articleId, articleTitle: r.articleTitle,
    verdict: r.verdict as Verdict, reviewState: r.reviewState as ReviewState,
    exactHtml: highlightToHtml(r.exact), normalizedHtml: ifMatched(r.normalized), claimantHtml: ifMatched(r.claimant), rationaleHtml: ifMatched(plain(r.rationale)),
    href: claimHref(r.articleId, r.id),
  }));
  return { items, hasMore };
}

async function searchSources(client: Handle, terms: SearchTerms, limit: number): Promise<SearchGroup<SourceHit>> {
  const { rows, hasMore } = await findSources(client, terms, limit);
  const links = await listCitingClaims(client, rows.map((r) => r.id));
  const items = rows.map((r) => ({
    id: r.id, url: r.url, titleHtml: highlightToHtml(r.title), urlHtml: highlightToHtml(r.urlMarked), publisherHtml: ifMatched(r.publisher),
    claims: links.filter((l) => l.sourceId === r.id).slice(0, 5).map((l) => ({ ...l.claim, href: claimHref(l.claim.articleId, l.claim.id) })),
  }));
  return { items, hasMore };
}

async function searchComments(client: Handle, terms: SearchTerms, limit: number): Promise<SearchGroup<CommentHit>> {
  const { rows, hasMore } = await findComments(client, terms, limit);
  const items = rows.map((r) => ({
    id: r.id, claimId: r.claimId, articleId: r.articleId, articleTitle: r.articleTitle, claimExact: r.claimExact,
    author: r.author, bodyHtml: highlightToHtml(markdownToPlainText(r.body)), href: claimHref(r.articleId, r.claimId),
  }));
  return { items, hasMore };
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
  const { q, kind, limit } = parseInput(searchQuerySchema, raw);
  const terms = searchTerms(q);
  const none: SearchResults = { query: q, searched: false, articles: EMPTY, claims: EMPTY, sources: EMPTY, comments: EMPTY };
  if (!terms) return none;
  const wanted = (k: SearchKind) => kind === undefined || kind === k;
  const [articles, claims, sources, comments] = await withDb((client) =>
    Promise.all([
      wanted("articles") ? searchArticles(client, terms, limit) : EMPTY,
      wanted("claims") ? searchClaims(client, terms, limit) : EMPTY,
      wanted("sources") ? searchSources(client, terms, limit) : EMPTY,
      wanted("comments") ? searchComments(client, terms, limit) : EMPTY,
    ]),
  );
  return { query: q, searched: true, articles, claims, sources, comments };
}
