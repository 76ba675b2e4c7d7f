import type { Tx } from "@/lib/data/transaction";
import type { Actor } from "@/lib/domain/actor";
import type { RatingScale } from "@/lib/domain/rating-scale";
import { findRatingScaleJson } from "@/lib/data/rating-usage";
import { writeSetting } from "@/lib/data/settings";
import { appendEvent } from "@/lib/data/events";
import { RATING_SCALE_SETTING } from "./rating-scale";

export type ImportedScaleOutcome = "adopted" | "kept" | "none";

/**
 * A factdesk/1 file carries its newsroom's rating scale. A Factdesk that never defined its
 * own takes it (so a backup restored into an empty install rates claims as before); one
 * that has its own keeps it: an import never silently changes a newsroom's ratings.
 */
export async function adoptImportedRatingScale(tx: Tx, actor: Pick<Actor, "id">, scale: RatingScale | undefined): Promise<ImportedScaleOutcome> {
  if (!scale) return "none";
  if ((await findRatingScaleJson(tx, RATING_SCALE_SETTING)) !== null) return "kept";
  const value = JSON.stringify(scale);
  await writeSetting(tx, RATING_SCALE_SETTING, value);
  await appendEvent(tx, actor, { type: "rating_scale.updated", targetType: "setting", targetId: RATING_SCALE_SETTING, before: null, after: scale, note: "Adopted from an imported factdesk/1 file" });
  return "adopted";
}
