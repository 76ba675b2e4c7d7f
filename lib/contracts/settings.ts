import { z } from "zod";

/** Newsroom settings, the rating scale and archive storage. */
export { updateSettingsSchema, type UpdateSettingsInput } from "@/lib/validation/settings";
export { updateRatingScaleSchema, ratingScaleSchema, type UpdateRatingScaleInput } from "@/lib/validation/rating-scale";

export interface NewsroomSettings {
  /** Approver must differ from whoever set the verdict (default on). */
  fourEyes: boolean;
  /** The fact-checking organisation named in reports and ClaimReview `author`. */
  organisationName: string;
  organisationUrl: string | null;
  /** Organisation profile shown on public fact-check pages. */
  organisationLogoUrl: string | null;
  methodology: string;
  correctionsPolicy: string;
  /** Where public fact-check pages are served; null: NEXTAUTH_URL. */
  publicBaseUrl: string | null;
}

export const newsroomSettingsSchema: z.ZodType<NewsroomSettings> = z.object({
  fourEyes: z.boolean(),
  organisationName: z.string(),
  organisationUrl: z.string().nullable(),
  organisationLogoUrl: z.string().nullable(),
  methodology: z.string(),
  correctionsPolicy: z.string(),
  publicBaseUrl: z.string().nullable(),
});
export const settingsResponseSchema = z.object({ settings: newsroomSettingsSchema });

export interface ArchiveUsage {
  bytes: number;
  limitBytes: number;
  copies: number;
  sources: number;
}

const ratingLabelSchema = z.object({ key: z.string(), label: z.string(), letter: z.string(), color: z.string(), description: z.string(), value: z.number().nullable() });
/** A rating scale as answered (the request form is `ratingScaleSchema`). */
export const ratingScaleViewSchema = z.object({ best: z.number(), worst: z.number(), labels: z.array(ratingLabelSchema) });
export const ratingScaleResponseSchema = z.object({
  scale: ratingScaleViewSchema,
  presets: z.unknown(),
  usage: z.record(z.string(), z.number().int()),
});
export const updateRatingScaleResponseSchema = z.object({ scale: ratingScaleViewSchema, moved: z.number().int() });
