import { routes } from "@/lib/http/endpoint";
import * as comments from "@/lib/http/endpoints/comments";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET } = routes(comments.mentions);
