import type { NextRequest } from "next/server";
import { json, requireActor, route } from "@/lib/http/route";
import { listArticleSources } from "@/lib/server/list-article-sources";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json({ sources: await listArticleSources(actor, id, req.nextUrl.searchParams.get("q") ?? undefined) });
});
