import { routes } from "@/lib/http/endpoint";
import * as users from "@/lib/http/endpoints/users";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { PATCH } = routes(users.update);
