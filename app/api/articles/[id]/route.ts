import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { getArticle } from "@/lib/server/get-article";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json(await getArticle(actor, id));
});
