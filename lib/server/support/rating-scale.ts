import type { Tx } from "@/lib/data/transaction";
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

/**
 * A factdesk/1 import may only bring verdicts the scale that will apply knows: this
 * newsroom's own scale, or (if it never set one) the file's, which the import adopts. A
 * file from a newsroom with other ratings is refused (422) before anything is written,
 * naming the ratings to add, instead of storing claims with ratings nobody can show.
 */
export async function assertImportedVerdictsFit(client: Pick<Tx, "setting">, fileScale: RatingScale | undefined, verdicts: readonly string[]): Promise<void> {
  const own = await findRatingScaleJson(client, RATING_SCALE_SETTING);
  const scale = own !== null ? parseRatingScaleSetting(own) : fileScale ?? DEFAULT_RATING_SCALE;
  const unknown = [...new Set(verdicts)].filter((v) => verdictProblem(scale, v) !== null);
  if (unknown.length === 0) return;
  const names = unknown.map((v) => `“${v}”`).join(", ");
  throw new AppError(
    "invalid",
    `This file rates claims ${names}, which this newsroom's rating scale does not have. Add ${unknown.length === 1 ? "it" : "them"} to the scale (Admin → Settings → Rating scale) or change the file, then import again.`,
    undefined,
    { unknownVerdicts: unknown },
  );
}
