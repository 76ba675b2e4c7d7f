import { routes } from "@/lib/http/endpoint";
import * as search from "@/lib/http/endpoints/search";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET } = routes(search.search);
