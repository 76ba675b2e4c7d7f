import { routes } from "@/lib/http/endpoint";
import * as revisions from "@/lib/http/endpoints/revisions";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET } = routes(revisions.diff);
