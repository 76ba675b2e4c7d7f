import { routes } from "@/lib/http/endpoint";
import * as settings from "@/lib/http/endpoints/settings";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET, PUT } = routes(settings.ratingScale, settings.updateScale);
