import type { Tx } from "@/lib/data/client";
import { AppError } from "@/lib/domain/errors";
import { DEFAULT_RATING_SCALE, UNCHECKED, verdictProblem, type RatingScale } from "@/lib/domain/rating-scale";
import { ratingScaleSchema } from "@/lib/validation/rating-scale";
import { findRatingScaleJson } from "@/lib/data/rating-usage";

export const RATING_SCALE_SETTING = "rating.scale";

/** The newsroom's rating scale (a Setting row as JSON); the five-verdict scale when unset or unreadable. */
export async function readRatingScale(client: Pick<Tx, "setting">): Promise<RatingScale> {
  return parseRatingScaleSetting(await findRatingScaleJson(client, RATING_SCALE_SETTING));
}

/** A stored scale, checked; the default five verdicts when there is none or it no longer validates. */
export function parseRatingScaleSetting(json: string | null): RatingScale {
  if (json === null) return DEFAULT_RATING_SCALE;
  try {
    const parsed = ratingScaleSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_RATING_SCALE;
  } catch {
    return DEFAULT_RATING_SCALE;
  }
}

/**
 * Refuses (422, on the `verdict` field) a verdict the newsroom's current scale does not have.
 * The zod schema only checks a key's shape: the scale lives in the database.
 */
export async function assertVerdictInScale(client: Pick<Tx, "setting">, key: string | undefined): Promise<void> {
  if (key === undefined || key === UNCHECKED) return;
  const problem = verdictProblem(await readRatingScale(client), key);
  if (problem) throw new AppError("invalid", problem, { verdict: problem });
}
