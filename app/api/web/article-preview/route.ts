import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { fetchUrlSchema } from "@/lib/validation/web";
import { previewArticleFromUrl } from "@/lib/server/preview-article-from-url";

/** Reads the story on a web page for the "New article from a link" preview (stores nothing). */
export const POST = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  const input = await readJson(req, fetchUrlSchema);
  return json({ preview: await previewArticleFromUrl(actor, input, req.signal) });
});
