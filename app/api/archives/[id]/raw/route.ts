import { routes } from "@/lib/http/endpoint";
import * as web from "@/lib/http/endpoints/web";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET } = routes(web.archivedBytes);
