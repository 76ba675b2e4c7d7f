import { readTransaction } from "@/lib/data/transaction";
import type { Actor } from "@/lib/domain/actor";
import { RATING_SCALE_PRESETS, type RatingScale } from "@/lib/domain/rating-scale";
import { countClaimsByRating } from "@/lib/data/rating-usage";
import { authorize } from "./support/authorize";
import { readRatingScale } from "./support/rating-scale";

/** The rating scale, the presets an admin can start from, and how many claims use each key. */
export async function getRatingScale(actor: Actor): Promise<{ scale: RatingScale; presets: typeof RATING_SCALE_PRESETS; usage: Record<string, number> }> {
  authorize(actor, "article.read");
  const { scale, usage } = await readTransaction(async (tx) => ({ scale: await readRatingScale(tx), usage: await countClaimsByRating(tx) }));
  delete usage.unchecked;
  return { scale, presets: RATING_SCALE_PRESETS, usage };
}
