import type { AnyEndpoint } from "./endpoint";
import { articleEndpoints } from "./endpoints/articles";
import { claimEndpoints } from "./endpoints/claims";
import { commentEndpoints } from "./endpoints/comments";
import { liveEndpoints } from "./endpoints/live";
import { libraryEndpoints, metaEndpoints } from "./endpoints/meta";
import { notificationEndpoints } from "./endpoints/notifications";
import { publicPageEndpoints } from "./endpoints/public-pages";
import { publishEndpoints } from "./endpoints/publish";
import { reviewEndpoints } from "./endpoints/review";
import { revisionEndpoints } from "./endpoints/revisions";
import { searchEndpoints } from "./endpoints/search";
import { settingsEndpoints } from "./endpoints/settings";
import { userEndpoints } from "./endpoints/users";
import { webEndpoints } from "./endpoints/web";

/**
 * Every endpoint the app serves, each declared once in lib/http/endpoints/<area>.ts. Route
 * files export `routes(...)` of these; the OpenAPI document and the authorization matrix
 * iterate this list (tests/unit/architecture/registry.test.ts keeps it and app/ in step).
 */
export const ENDPOINTS: readonly AnyEndpoint[] = [
  ...articleEndpoints, ...claimEndpoints, ...commentEndpoints, ...liveEndpoints, ...reviewEndpoints, ...revisionEndpoints, ...searchEndpoints,
  ...userEndpoints, ...settingsEndpoints, ...notificationEndpoints, ...publishEndpoints, ...webEndpoints, ...metaEndpoints, ...publicPageEndpoints,
];

/** Declared for completeness but served by a library (next-auth): no handler, no document entry, no matrix row. */
export const LIBRARY_ENDPOINTS: readonly AnyEndpoint[] = libraryEndpoints;

/** "/api/claims/{id}" → "app/api/claims/[id]/route.ts" ("{...x}" → "[...x]"). */
export function routeFileOf(path: string): string {
  return "app" + path.replace(/\{([^}]+)\}/g, "[$1]") + "/route.ts";
}
