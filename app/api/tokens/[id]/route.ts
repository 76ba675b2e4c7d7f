import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { revokeApiToken } from "@/lib/server/revoke-api-token";

export const DELETE = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json({ token: await revokeApiToken(actor, id) });
});
