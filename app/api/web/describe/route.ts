import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { fetchUrlSchema } from "@/lib/validation/web";
import { describeSourceUrl } from "@/lib/server/describe-source-url";

/** Title, publisher, author and date of a source's page, to fill in the "add a source" form. */
export const POST = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  const input = await readJson(req, fetchUrlSchema);
  return json({ source: await describeSourceUrl(actor, input, req.signal) });
});
