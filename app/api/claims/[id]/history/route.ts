import type { NextRequest } from "next/server";
import { json, readQuery, requireActor, route } from "@/lib/http/route";
import { historyQuerySchema } from "@/lib/validation/collaboration";
import { getClaimHistory } from "@/lib/server/get-claim-history";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json(await getClaimHistory(actor, id, readQuery(req, historyQuerySchema)));
});
