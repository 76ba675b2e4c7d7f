import { routes } from "@/lib/http/endpoint";
import * as notifications from "@/lib/http/endpoints/notifications";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET } = routes(notifications.inbox);
