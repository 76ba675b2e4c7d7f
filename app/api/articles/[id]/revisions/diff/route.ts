import type { NextRequest } from "next/server";
import { json, readQuery, requireActor, route } from "@/lib/http/route";
import { revisionDiffQuerySchema } from "@/lib/validation/revision";
import { diffArticleRevisions } from "@/lib/server/diff-article-revisions";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json(await diffArticleRevisions(actor, id, readQuery(req, revisionDiffQuerySchema)));
});
