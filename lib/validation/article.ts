import { z } from "zod";
import { optionalDate, optionalHttpUrl, optionalText, requiredText } from "./common";

export const ARTICLE_BODY_MAX = 1_000_000;
/** Limits shared with the factdesk/1 import (lib/export/factdesk-schema.ts). */
export const ARTICLE_TITLE_MAX = 300;
export const ARTICLE_PUBLISHER_MAX = 200;
export const BYLINE_MAX = 300;
export const BODY_FORMATS = ["text", "markdown", "html"] as const;

export const createArticleSchema = z.object({
  title: requiredText("Title", ARTICLE_TITLE_MAX),
  publisher: optionalText("Publisher", ARTICLE_PUBLISHER_MAX),
  byline: optionalText("Byline", BYLINE_MAX),
  url: optionalHttpUrl("Original URL"),
  publishedAt: optionalDate("Publication date"),
  /** When the body was fetched from `url` ("New article from a link"). */
  fetchedAt: z.preprocess(
    (v) => (v instanceof Date ? v.toISOString() : v === "" || v === null ? undefined : v),
    z.iso.datetime({ error: "Fetch time must be a date-time like 2026-12-02T09:30:00Z." }).transform((v) => new Date(v)).optional(),
  ),
  body: z
    .string({ error: "Body must be text." })
    .max(ARTICLE_BODY_MAX, `The article body is too long (limit ${ARTICLE_BODY_MAX.toLocaleString("en-US")} characters).`)
    .refine((v) => v.trim().length > 0, "The article body is empty: paste the article text."),
  bodyFormat: z.enum(BODY_FORMATS).default("text"),
});
export type CreateArticleInput = z.input<typeof createArticleSchema>;

export const updateArticleMetaSchema = z.object({
  version: z.number().int().positive(),
  title: requiredText("Title", ARTICLE_TITLE_MAX).optional(),
  publisher: optionalText("Publisher", ARTICLE_PUBLISHER_MAX),
  byline: optionalText("Byline", BYLINE_MAX),
  url: optionalHttpUrl("Original URL"),
  publishedAt: optionalDate("Publication date"),
});
