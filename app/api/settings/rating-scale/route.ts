import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { updateRatingScaleSchema } from "@/lib/validation/rating-scale";
import { getRatingScale } from "@/lib/server/get-rating-scale";
import { updateRatingScale } from "@/lib/server/update-rating-scale";

export const GET = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  return json(await getRatingScale(actor));
});

export const PUT = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  const input = await readJson(req, updateRatingScaleSchema);
  return json(await updateRatingScale(actor, input));
});
