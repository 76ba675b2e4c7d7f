import type { NextRequest } from "next/server";
import { json, readQuery, requireActor, route } from "@/lib/http/route";
import { searchQuerySchema } from "@/lib/validation/search";
import { searchAll } from "@/lib/server/search-all";
import { enforceUserRateLimit } from "@/lib/http/rate-limit";

export const GET = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  await enforceUserRateLimit(actor, "search");
  return json(await searchAll(actor, readQuery(req, searchQuerySchema)));
});
