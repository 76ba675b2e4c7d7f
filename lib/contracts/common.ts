import { z } from "zod";

/** Building blocks of the response schemas. Timestamps travel as ISO 8601 text. */
export const isoString = z.string();
export const personRefSchema = z.object({ id: z.string(), name: z.string() });
export type PersonRef = z.output<typeof personRefSchema>;

/** The `{ error }` body every failure answers (lib/http/errors.ts). */
export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional(), details: z.unknown().optional() }),
});
