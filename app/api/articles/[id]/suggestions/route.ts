import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { suggestClaims } from "@/lib/server/suggest-claims";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json(await suggestClaims(actor, id));
});
