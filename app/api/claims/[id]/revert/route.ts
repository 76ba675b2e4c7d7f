import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { revertClaimSchema } from "@/lib/validation/collaboration";
import { revertClaimField } from "@/lib/server/revert-claim-field";

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, revertClaimSchema);
  return json(await revertClaimField(actor, id, input));
});
