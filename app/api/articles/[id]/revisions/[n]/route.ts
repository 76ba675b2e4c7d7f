import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { getArticleRevision } from "@/lib/server/get-article-revision";

export const GET = route<{ id: string; n: string }>(async (req: NextRequest, { id, n }) => {
  const actor = await requireActor(req);
  return json({ revision: await getArticleRevision(actor, id, n) });
});
