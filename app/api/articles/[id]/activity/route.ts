import { routes } from "@/lib/http/endpoint";
import * as live from "@/lib/http/endpoints/live";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET } = routes(live.activity);
