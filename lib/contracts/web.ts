import { z } from "zod";
import { isoString } from "./common";

/** From the web: article previews, source descriptions and archived copies. */
export { fetchUrlSchema, type FetchUrlInput } from "@/lib/validation/web";

export interface ArticlePreview {
  /** The address the story was read from (after redirects). */
  url: string;
  fetchedAt: string;
  title: string;
  byline: string | null;
  publisher: string | null;
  publishedAt: string | null;
  /** The story already passed through the import sanitiser: safe to show as HTML. */
  html: string;
  wordCount: number;
}

export const articlePreviewSchema: z.ZodType<ArticlePreview> = z.object({
  url: z.string(),
  fetchedAt: isoString,
  title: z.string(),
  byline: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: z.string().nullable(),
  html: z.string(),
  wordCount: z.number().int(),
});
export const articlePreviewResponseSchema = z.object({ preview: articlePreviewSchema });

export const sourceDescriptionSchema = z.object({
  url: z.string(),
  finalUrl: z.string(),
  mediaType: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.string().nullable(),
  pageCount: z.number().int().nullable(),
});
export const sourceDescriptionResponseSchema = z.object({ source: sourceDescriptionSchema });

export const archiveSummarySchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  requestedUrl: z.string(),
  finalUrl: z.string(),
  httpStatus: z.number().int(),
  contentType: z.string(),
  sha256: z.string(),
  byteSize: z.number().int(),
  title: z.string().nullable(),
  fetchedAt: isoString,
  createdById: z.string(),
});
/** An archived copy of a source, without its bytes or text (lib/data/source-archives.ts returns it). */
export type ArchiveSummary = z.output<typeof archiveSummarySchema>;
export const archivesResponseSchema = z.object({ archives: z.array(archiveSummarySchema) });
export const archiveResponseSchema = z.object({ archive: archiveSummarySchema });
export const archiveWithTextResponseSchema = z.object({ archive: archiveSummarySchema.extend({ text: z.string(), sourceUrl: z.string(), sourceTitle: z.string() }) });
