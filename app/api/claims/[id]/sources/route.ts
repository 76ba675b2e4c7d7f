import { routes } from "@/lib/http/endpoint";
import * as claims from "@/lib/http/endpoints/claims";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { POST } = routes(claims.linkSourceEndpoint);
