import { z } from "zod";
import { optionalHttpUrl, requiredText, text } from "./common";

/** PATCH /api/settings: change any of the newsroom settings; at least one. */
export const updateSettingsSchema = z
  .object({
    fourEyes: z.boolean({ error: "fourEyes must be true or false." }).optional(),
    organisationName: requiredText("Organisation name", 200).optional(),
    /** null or "" clears it: reports then use this Factdesk's own address. */
    organisationUrl: optionalHttpUrl("Organisation URL"),
    organisationLogoUrl: optionalHttpUrl("Logo URL"),
    /** Markdown, shown on the public methodology section of every fact-check page. */
    methodology: text("Methodology", 5000).optional(),
    correctionsPolicy: text("Corrections policy", 5000).optional(),
    /** Where public fact-check pages live; null or "" falls back to NEXTAUTH_URL. */
    publicBaseUrl: optionalHttpUrl("Public address"),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Nothing to change.");
export type UpdateSettingsInput = z.input<typeof updateSettingsSchema>;
