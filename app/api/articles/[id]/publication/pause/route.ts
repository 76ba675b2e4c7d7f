import { routes } from "@/lib/http/endpoint";
import * as publish from "@/lib/http/endpoints/publish";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { POST } = routes(publish.pause);
