import { routes } from "@/lib/http/endpoint";
import * as live from "@/lib/http/endpoints/live";

// A long-lived stream per request: never prerendered or cached, always on Node.js.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET } = routes(live.events);
