import { z } from "zod";
import { AA_NON_TEXT, contrastRatio, isHexColour } from "@/lib/domain/contrast";
import { RATING_BACKGROUND_COLOUR } from "@/lib/domain/rating-scale";

const label = z.object({
  key: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, "A rating key is lower-case letters, digits and _ (up to 40), starting with a letter.").refine((k) => k !== "unchecked", "“unchecked” is a workflow state, not a rating."),
  label: z.string().trim().min(1, "Each rating needs a label.").max(60, "A rating label is at most 60 characters."),
  letter: z.string().trim().min(1, "Each rating needs a short letter.").max(3, "The short letter is at most 3 characters."),
  color: z
    .string()
    .trim()
    .refine(isHexColour, "A colour is #rrggbb.")
    .refine((c) => !isHexColour(c) || contrastRatio(c, RATING_BACKGROUND_COLOUR) >= AA_NON_TEXT, `The colour is too light to see on the white page (WCAG AA needs ${AA_NON_TEXT}:1 against ${RATING_BACKGROUND_COLOUR}).`),
  description: z.string().trim().max(300, "A description is at most 300 characters.").default(""),
  value: z.number().int().nullable(),
});

/** A whole rating scale as admins save it and factdesk/1 exports carry it. */
export const ratingScaleSchema = z
  .object({
    best: z.number().int(),
    worst: z.number().int(),
    labels: z.array(label).min(2, "A scale needs at least two ratings.").max(12, "A scale has at most 12 ratings."),
  })
  .superRefine((s, ctx) => {
    if (s.best === s.worst) ctx.addIssue({ code: "custom", path: ["best"], message: "Best and worst must differ." });
    const lo = Math.min(s.best, s.worst);
    const hi = Math.max(s.best, s.worst);
    const keys = new Set<string>();
    s.labels.forEach((l, i) => {
      if (keys.has(l.key)) ctx.addIssue({ code: "custom", path: ["labels", i, "key"], message: `The key “${l.key}” is used twice.` });
      keys.add(l.key);
      if (l.value !== null && (l.value < lo || l.value > hi)) ctx.addIssue({ code: "custom", path: ["labels", i, "value"], message: `${l.label}: the number must lie between ${lo} and ${hi}, or be empty (“no number”).` });
    });
  });

/** PUT /api/settings/rating-scale: the new scale, and where claims of removed ratings go. */
export const updateRatingScaleSchema = z.object({
  scale: ratingScaleSchema,
  /** Removed key → kept key. Required for every removed key that claims use (409 otherwise). */
  moveTo: z.record(z.string(), z.string()).optional(),
});
export type UpdateRatingScaleInput = z.input<typeof updateRatingScaleSchema>;
