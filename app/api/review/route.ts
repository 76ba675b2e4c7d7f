import type { NextRequest } from "next/server";
import { json, readQuery, requireActor, route } from "@/lib/http/route";
import { reviewQueueQuerySchema } from "@/lib/validation/review";
import { listReviewQueue } from "@/lib/server/list-review-queue";

export const GET = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  const query = readQuery(req, reviewQueueQuerySchema);
  return json(await listReviewQueue(actor, query));
});
