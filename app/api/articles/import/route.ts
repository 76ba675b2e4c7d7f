import type { NextRequest } from "next/server";
import { json, readJson, readQuery, requireActor, route } from "@/lib/http/route";
import { IMPORT_JSON_MAX_BYTES, importArticleJsonSchema, importOptionsSchema } from "@/lib/validation/review";
import { importArticleJson } from "@/lib/server/import-article-json";
import { enforceUserRateLimit } from "@/lib/http/rate-limit";

/**
 * Body: a factdesk/1 JSON export (up to 20 MB; 413 beyond). Query: `keepApprovals=1`
 * (reviewers and admins) and `fileName` (quoted in the record of kept approvals).
 * Answers the new article's id.
 */
export const POST = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  await enforceUserRateLimit(actor, "import");
  const options = readQuery(req, importOptionsSchema);
  const document = await readJson(req, importArticleJsonSchema, IMPORT_JSON_MAX_BYTES);
  return json(await importArticleJson(actor, document, options), 201);
});
