import type { Actor } from "@/lib/domain/actor";
import { AppError } from "@/lib/domain/errors";
import type { RatingScale } from "@/lib/domain/rating-scale";
import { planRatingScaleChange } from "@/lib/domain/rating-scale-change";
import { claimsWithRating, countClaimsByRating, setClaimRating } from "@/lib/data/rating-usage";
import { writeSetting } from "@/lib/data/settings";
import { updateRatingScaleSchema, type UpdateRatingScaleInput } from "@/lib/validation/rating-scale";
import { parseInput } from "@/lib/validation/parse-once";
import { appendEvent } from "@/lib/data/events";
import { authorize } from "./support/authorize";
import { RATING_SCALE_SETTING, readRatingScale } from "./support/rating-scale";
import { writeTransaction } from "@/lib/data/transaction";

/**
 * An admin replaces the newsroom's rating scale. A removed rating that claims still use
 * needs a `moveTo` target (409 with the counts otherwise, nothing written); each moved
 * claim gets its own `claim.rating_moved` event, so its history shows why it changed.
 */
export async function updateRatingScale(actor: Actor, raw: UpdateRatingScaleInput): Promise<{ scale: RatingScale; moved: number }> {
  authorize(actor, "settings.manage");
  const input = parseInput(updateRatingScaleSchema, raw);
  return writeTransaction(async (tx) => {
    const current = await readRatingScale(tx);
    const usage = await countClaimsByRating(tx);
    const plan = planRatingScaleChange(current, input.scale, usage, input.moveTo);
    if (Object.keys(plan.unmapped).length > 0) {
      const list = Object.entries(plan.unmapped).map(([k, n]) => `${k} (${n} claim${n === 1 ? "" : "s"})`).join(", ");
      throw new AppError("conflict", `Claims still use ratings you removed: ${list}. Choose where to move them (moveTo) or keep those ratings.`, undefined, { inUse: plan.unmapped });
    }
    if (plan.badTargets.length > 0) throw new AppError("invalid", `moveTo must name a rating of the new scale (check: ${plan.badTargets.join(", ")}).`, { moveTo: "Not a rating of the new scale." });
    let moved = 0;
    for (const [from, to] of plan.moves) {
      for (const claim of await claimsWithRating(tx, from)) {
        await setClaimRating(tx, claim.id, to, actor.id);
        await appendEvent(tx, actor, { type: "claim.rating_moved", targetType: "claim", targetId: claim.id, articleId: claim.articleId, claimId: claim.id, before: { verdict: from }, after: { verdict: to }, note: "Rating scale changed" });
        moved += 1;
      }
    }
    const value = JSON.stringify(input.scale);
    await writeSetting(tx, RATING_SCALE_SETTING, value);
    await appendEvent(tx, actor, { type: "rating_scale.updated", targetType: "setting", targetId: RATING_SCALE_SETTING, before: current, after: input.scale, note: moved ? `${moved} claims moved` : null });
    return { scale: input.scale, moved };
  });
}
