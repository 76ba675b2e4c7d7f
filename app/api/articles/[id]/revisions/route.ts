import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { saveRevisionSchema } from "@/lib/validation/revision";
import { listArticleRevisions } from "@/lib/server/list-article-revisions";
import { saveArticleRevision } from "@/lib/server/save-article-revision";

export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  return json(await listArticleRevisions(actor, id));
});

/** A pasted article of up to 1,000,000 characters is larger than the default JSON limit. */
const MAX_REVISION_BYTES = 4_000_000;

export const POST = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, saveRevisionSchema, MAX_REVISION_BYTES);
  return json(await saveArticleRevision(actor, id, input), 201);
});
