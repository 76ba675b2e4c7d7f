import { z } from "zod";

/** Publishing: request schemas (lib/validation) and the publication views. */
export { publishSchema, pauseSchema, oembedQuerySchema, type PublishInput, type PauseInput } from "@/lib/validation/publication";

export const correctionChangeSchema = z.object({
  number: z.number().int(),
  claimReviewed: z.string(),
  kind: z.enum(["rating", "rationale", "withdrawn"]),
  from: z.string().optional(),
  to: z.string().optional(),
});

export const publicationStatusSchema = z.object({
  published: z.boolean(),
  status: z.enum(["published", "paused", "unpublished"]),
  slug: z.string().nullable(),
  url: z.string().nullable(),
  version: z.number().int(),
  publishedAt: z.string().nullable(),
  pauseNote: z.string().nullable(),
  approvedClaims: z.number().int(),
  pendingCorrections: z.array(correctionChangeSchema),
});
export const publicationResponseSchema = z.object({ publication: publicationStatusSchema });
export const publishResponseSchema = z.object({ publication: publicationStatusSchema, version: z.number().int() });

export const oembedSchema = z.object({
  version: z.literal("1.0"),
  type: z.literal("rich"),
  title: z.string(),
  provider_name: z.string(),
  provider_url: z.string(),
  html: z.string(),
  width: z.number(),
  height: z.number(),
});
