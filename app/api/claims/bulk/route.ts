import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { bulkClaimsSchema } from "@/lib/validation/review";
import { bulkUpdateClaims } from "@/lib/server/bulk-update-claims";

export const POST = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  const input = await readJson(req, bulkClaimsSchema);
  return json(await bulkUpdateClaims(actor, input));
});
