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

/**
 * GET /api/oembed. `format` is read as text so that a format other than json answers 501, as
 * the oEmbed spec asks, not 422 (lib/server/get-oembed.ts refuses it).
 */
export const oembedQuerySchema = z.object({
  url: z.string().min(1, "url is required.").max(2048),
  format: z.string().optional().describe("Only `json` is served (501 otherwise)."),
  maxwidth: z.coerce.number().int().positive().optional(),
  maxheight: z.coerce.number().int().positive().optional(),
});
export type OEmbedQueryInput = z.input<typeof oembedQuerySchema>;
