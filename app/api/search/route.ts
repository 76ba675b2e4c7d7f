import type { NextRequest } from "next/server";
import { json, readQuery, requireActor, route } from "@/lib/http/route";
import { searchQuerySchema } from "@/lib/validation/search";
import { searchAll } from "@/lib/server/search-all";

export const GET = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  return json(await searchAll(actor, readQuery(req, searchQuerySchema)));
});
