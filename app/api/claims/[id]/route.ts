import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { updateClaimSchema } from "@/lib/validation/claim";
import { getClaim } from "@/lib/server/get-claim";
import { updateClaim } from "@/lib/server/update-claim";
import { deleteClaim } from "@/lib/server/delete-claim";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json({ claim: await getClaim(actor, id) });
});

export const PATCH = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, updateClaimSchema);
  return json(await updateClaim(actor, id, input));
});

export const DELETE = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json({ claim: await deleteClaim(actor, id) });
});
