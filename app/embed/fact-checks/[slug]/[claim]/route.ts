import { routes } from "@/lib/http/endpoint";
import * as publicPages from "@/lib/http/endpoints/public-pages";

export const dynamic = "force-dynamic";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET } = routes(publicPages.embedClaim);
