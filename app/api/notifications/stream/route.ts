import { routes } from "@/lib/http/endpoint";
import * as notifications from "@/lib/http/endpoints/notifications";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET } = routes(notifications.stream);
