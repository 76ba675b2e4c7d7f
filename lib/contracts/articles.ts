import { z } from "zod";
import { isoString, personRefSchema } from "./common";
import { claimViewSchema } from "./claims";

/** Articles: request schemas (lib/validation) and the article views. */
export { createArticleSchema, type CreateArticleInput } from "@/lib/validation/article";
export { articleListQuerySchema, ARTICLE_NEEDS, type ArticleListQuery, type ArticleListQueryInput } from "@/lib/validation/article-list";

export interface ArticleView {
  id: string;
  title: string;
  publisher: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: string | null;
  doc: unknown;
  text: string;
  version: number;
  revisionNumber: number;
  createdBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
}

export const articleViewSchema: z.ZodType<ArticleView> = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  byline: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  doc: z.unknown(),
  text: z.string(),
  version: z.number().int(),
  revisionNumber: z.number().int(),
  createdBy: personRefSchema,
  createdAt: isoString,
  updatedAt: isoString,
});

export const articleWithClaimsSchema = z.object({ article: articleViewSchema, claims: z.array(claimViewSchema) });

export const articleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: isoString,
  claimCount: z.number().int(),
  checkedCount: z.number().int(),
  approvedCount: z.number().int(),
});
export const articleListResponseSchema = z.object({ articles: z.array(articleSummarySchema) });
export const createdArticleSchema = z.object({ id: z.string(), version: z.number().int() });

export interface ArticleSourceView {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  accessedAt: string | null;
  archiveUrl: string | null;
  claimCount: number;
}

export const articleSourceViewSchema: z.ZodType<ArticleSourceView> = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  accessedAt: z.string().nullable(),
  archiveUrl: z.string().nullable(),
  claimCount: z.number().int(),
});
export const articleSourcesResponseSchema = z.object({ sources: z.array(articleSourceViewSchema) });
export const articleSourcesQuerySchema = z.object({ q: z.string().optional() });

export const articleDashboardSchema = z.object({
  article: z.object({ id: z.string(), title: z.string(), publisher: z.string().nullable(), publishedAt: z.string().nullable() }),
  total: z.number().int(),
  approved: z.number().int(),
  byVerdict: z.array(z.object({ verdict: z.string(), count: z.number().int() })),
  byState: z.array(z.object({ state: z.string(), count: z.number().int() })),
  contributors: z.array(z.object({ id: z.string(), name: z.string(), events: z.number().int(), lastActiveAt: isoString })),
});
