import { z } from "zod";
import { idParam } from "./common";

export const ARTICLE_SORTS = ["updated", "created", "title"] as const;
export const ARTICLE_NEEDS = ["needs_review", "sent_back", "open", "approved"] as const;
export const ARTICLE_PAGE_SIZE = 25;

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/**
 * The /articles page's URL: search, owner, "has claims in this review state", sort and page.
 * Every value is a string from the address; empty ones mean "no filter".
 */
export const articleListQuerySchema = z.object({
  q: opt(z.string().trim().max(200, "Search text is too long (limit 200 characters).")),
  owner: opt(z.union([z.literal("me"), idParam])),
  has: opt(z.enum(ARTICLE_NEEDS, { error: `has must be one of: ${ARTICLE_NEEDS.join(", ")}.` })),
  sort: opt(z.enum(ARTICLE_SORTS, { error: `sort must be one of: ${ARTICLE_SORTS.join(", ")}.` })).transform((v) => v ?? "updated"),
  dir: opt(z.enum(["asc", "desc"], { error: 'dir must be "asc" or "desc".' })).transform((v) => v ?? "desc"),
  page: opt(z.coerce.number().int().min(1, "page starts at 1.").max(100_000)).transform((v) => v ?? 1),
});
export type ArticleListQuery = z.output<typeof articleListQuerySchema>;
export type ArticleListQueryInput = z.input<typeof articleListQuerySchema>;
