import { z } from "zod";

/** A link pasted by an editor. Scheme and address rules are checked by the fetcher, with a message per refusal. */
export const fetchUrlSchema = z.object({
  url: z
    .string({ error: "Paste a link." })
    .trim()
    .min(1, "Paste a link.")
    .max(2048, "That link is too long (limit 2,048 characters)."),
});
export type FetchUrlInput = z.input<typeof fetchUrlSchema>;
