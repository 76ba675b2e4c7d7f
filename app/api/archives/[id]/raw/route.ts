import type { NextRequest } from "next/server";
import { requireActor, route } from "@/lib/http/route";
import { readArchivedBytes } from "@/lib/server/read-archived-bytes";
import { archivedCopyHeaders } from "@/lib/web/archive-headers";

/** The archived bytes as fetched, served under a sandbox CSP: no scripts, no network, opaque origin. */
export const GET = route<{ id: string }>(async (req: NextRequest, { id }) => {
  const actor = await requireActor(req);
  const copy = await readArchivedBytes(actor, id);
  return new Response(new Uint8Array(copy.body), { status: 200, headers: archivedCopyHeaders(copy.contentType, copy.body.length) });
});
