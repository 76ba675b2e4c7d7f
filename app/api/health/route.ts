import { routes } from "@/lib/http/endpoint";
import * as meta from "@/lib/http/endpoints/meta";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET } = routes(meta.health);
