import { routes } from "@/lib/http/endpoint";
import * as live from "@/lib/http/endpoints/live";

export const dynamic = "force-dynamic";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET, POST, DELETE } = routes(live.presence, live.heartbeat, live.leave);
