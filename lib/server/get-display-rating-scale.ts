import { findRatingScaleJson } from "@/lib/data/rating-usage";
import type { RatingScale } from "@/lib/domain/rating-scale";
import { RATING_SCALE_SETTING, parseRatingScaleSetting } from "./support/rating-scale";

/**
 * The newsroom's rating scale for drawing verdicts (labels, letters, colours) on any page.
 * No permission check: the scale is what published pages show to everyone anyway.
 */
export async function getDisplayRatingScale(): Promise<RatingScale> {
  return parseRatingScaleSetting(await findRatingScaleJson(undefined, RATING_SCALE_SETTING));
}
