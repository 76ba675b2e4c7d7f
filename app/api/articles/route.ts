import { routes } from "@/lib/http/endpoint";
import * as articles from "@/lib/http/endpoints/articles";

/** Declared in lib/http/endpoints (method, path, schemas, least role, use case). */
export const { GET, POST } = routes(articles.list, articles.create);
