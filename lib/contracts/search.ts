import { z } from "zod";
import { reviewStateSchema, type ReviewState, type Verdict } from "@/lib/domain/enums";

/** Search: request schema (lib/validation) and the grouped results. */
export { searchQuerySchema, SEARCH_KINDS, SEARCH_QUERY_MAX, type SearchKind, type SearchQueryInput } from "@/lib/validation/search";

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

const group = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), hasMore: z.boolean() });

export const searchResultsSchema: z.ZodType<SearchResults> = z.object({
  query: z.string(),
  searched: z.boolean(),
  articles: group(z.object({ id: z.string(), titleHtml: z.string(), snippetHtml: z.string().nullable(), href: z.string() })),
  claims: group(z.object({
    id: z.string(), articleId: z.string(), articleTitle: z.string(), verdict: z.string(), reviewState: reviewStateSchema,
    exactHtml: z.string(), normalizedHtml: z.string().nullable(), claimantHtml: z.string().nullable(), rationaleHtml: z.string().nullable(), href: z.string(),
  })),
  sources: group(z.object({
    id: z.string(), url: z.string(), titleHtml: z.string(), urlHtml: z.string(), publisherHtml: z.string().nullable(),
    claims: z.array(z.object({ id: z.string(), articleId: z.string(), exact: z.string(), href: z.string() })),
  })),
  comments: group(z.object({ id: z.string(), claimId: z.string(), articleId: z.string(), articleTitle: z.string(), claimExact: z.string(), author: z.string(), bodyHtml: z.string(), href: z.string() })),
});
