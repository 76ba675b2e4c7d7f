import { z } from "zod";
import { optionalHttpUrl, requiredText } from "./common";

/** PATCH /api/settings: change any of the newsroom settings; at least one. */
export const updateSettingsSchema = z
  .object({
    fourEyes: z.boolean({ error: "fourEyes must be true or false." }).optional(),
    organisationName: requiredText("Organisation name", 200).optional(),
    /** null or "" clears it: reports then use this Factdesk's own address. */
    organisationUrl: optionalHttpUrl("Organisation URL"),
  })
  .refine((v) => v.fourEyes !== undefined || v.organisationName !== undefined || v.organisationUrl !== undefined, "Nothing to change.");
export type UpdateSettingsInput = z.input<typeof updateSettingsSchema>;
