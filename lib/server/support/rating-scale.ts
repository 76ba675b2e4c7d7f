import type { Tx } from "@/lib/data/client";
import { DEFAULT_RATING_SCALE, type RatingScale } from "@/lib/domain/rating-scale";
import { ratingScaleSchema } from "@/lib/validation/rating-scale";

export const RATING_SCALE_SETTING = "rating.scale";

/** The newsroom's rating scale (a Setting row as JSON); the five-verdict scale when unset or unreadable. */
export async function readRatingScale(client: Pick<Tx, "setting">): Promise<RatingScale> {
  const row = await client.setting.findUnique({ where: { key: RATING_SCALE_SETTING } });
  if (!row) return DEFAULT_RATING_SCALE;
  try {
    const parsed = ratingScaleSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_RATING_SCALE;
  } catch {
    return DEFAULT_RATING_SCALE;
  }
}
