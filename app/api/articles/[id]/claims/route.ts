import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { createClaimSchema } from "@/lib/validation/claim";
import { createClaim } from "@/lib/server/create-claim";

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, createClaimSchema);
  return json({ claim: await createClaim(actor, id, input) }, 201);
});
