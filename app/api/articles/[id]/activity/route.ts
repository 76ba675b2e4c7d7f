import type { NextRequest } from "next/server";
import { json, readQuery, requireActor, route } from "@/lib/http/route";
import { historyQuerySchema } from "@/lib/validation/collaboration";
import { listArticleActivity } from "@/lib/server/list-article-activity";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json(await listArticleActivity(actor, id, readQuery(req, historyQuerySchema)));
});
