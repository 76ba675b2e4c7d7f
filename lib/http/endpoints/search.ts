import { jsonResponse } from "@/lib/contracts/endpoint";
import { searchQuerySchema, searchResultsSchema } from "@/lib/contracts/search";
import { searchAll } from "@/lib/server/search-all";
import { endpoint } from "../endpoint";

export const search = endpoint({
  id: "search.all", method: "GET", path: "/api/search", tag: "Search", summary: "Search articles, claims, sources and comments", minRole: "viewer", query: searchQuerySchema, rateLimit: "search",
  description:
    "Whatever is typed is searched for as words (FTS syntax such as quotes, `*`, NEAR or AND is treated as text); the last word also matches as a prefix. " +
    "Fields ending in `Html` are escaped HTML in which only matched words are wrapped in `<mark>`. Deleted articles, claims and comments are left out.",
  response: jsonResponse(searchResultsSchema, "`{ query, searched, articles, claims, sources, comments }`, each `{ items, hasMore }`"),
  errors: [422, 429],
  handle: ({ actor, query }) => searchAll(actor, query),
});

export const searchEndpoints = [search];
