import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { reviewActionSchema } from "@/lib/validation/review";
import { reviewClaim } from "@/lib/server/review-claim";

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, reviewActionSchema);
  return json(await reviewClaim(actor, id, input));
});
