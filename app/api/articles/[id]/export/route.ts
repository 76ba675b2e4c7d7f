import type { NextRequest } from "next/server";
import { readQuery, requireActor, route } from "@/lib/http/route";
import { exportQuerySchema } from "@/lib/validation/review";
import { exportArticle } from "@/lib/server/export-article";
import { enforceUserRateLimit } from "@/lib/http/rate-limit";

/** A download: the file name comes from the exporter, ASCII-safe, with an RFC 5987 copy. */
export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const query = readQuery(req, exportQuerySchema);
  await enforceUserRateLimit(actor, "export");
  const baseUrl = req.nextUrl.origin || process.env.NEXTAUTH_URL || "http://localhost:3000";
  const file = await exportArticle(actor, id, { format: query.format, includeDrafts: query.drafts, audience: query.audience, baseUrl });
  const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
  return new Response(body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "cache-control": "private, no-store",
    },
  });
});
