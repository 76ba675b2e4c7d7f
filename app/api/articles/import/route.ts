import { routes } from "@/lib/http/endpoint";
import * as review from "@/lib/http/endpoints/review";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { POST } = routes(review.importJson);
