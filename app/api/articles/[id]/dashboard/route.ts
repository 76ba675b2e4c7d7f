import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { getArticleDashboard } from "@/lib/server/get-article-dashboard";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json(await getArticleDashboard(actor, id));
});
