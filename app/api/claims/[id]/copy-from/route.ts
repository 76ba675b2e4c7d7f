import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { copyFromClaimSchema } from "@/lib/validation/search";
import { copyFromClaim } from "@/lib/server/copy-from-claim";

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, copyFromClaimSchema);
  return json(await copyFromClaim(actor, id, input));
});
