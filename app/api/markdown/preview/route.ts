import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { markdownPreviewSchema } from "@/lib/validation/markdown";
import { previewMarkdown } from "@/lib/server/preview-markdown";

export const POST = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  return json(previewMarkdown(actor, await readJson(req, markdownPreviewSchema)));
});
