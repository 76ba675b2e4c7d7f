import { z } from "zod";
import { text } from "./common";

/** POST /api/articles/{id}/publication: publish or republish; a correction needs a note. */
export const publishSchema = z.object({
  correctionNote: text("Correction note", 1000)
    .optional()
    .transform((v) => v || undefined),
});
export type PublishInput = z.input<typeof publishSchema>;

/** POST /api/articles/{id}/publication/pause: take the page down; readers see the note (410). */
export const pauseSchema = z.object({
  note: text("Note for readers", 500).min(1, "Say in a sentence why the page is paused; readers see it."),
});
export type PauseInput = z.input<typeof pauseSchema>;

/** GET /api/oembed */
export const oembedQuerySchema = z.object({
  url: z.string().min(1, "url is required.").max(2048),
  format: z.enum(["json"], { error: "Only format=json is served." }).optional(),
  maxwidth: z.coerce.number().int().positive().optional(),
  maxheight: z.coerce.number().int().positive().optional(),
});
