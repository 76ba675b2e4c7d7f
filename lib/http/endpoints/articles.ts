import { jsonResponse } from "@/lib/contracts/endpoint";
import {
  articleDashboardSchema, articleListResponseSchema, articleSourcesQuerySchema, articleSourcesResponseSchema, articleWithClaimsSchema, createArticleSchema, createdArticleSchema,
} from "@/lib/contracts/articles";
import { createArticle } from "@/lib/server/create-article";
import { getArticle } from "@/lib/server/get-article";
import { getArticleDashboard } from "@/lib/server/get-article-dashboard";
import { listArticles } from "@/lib/server/list-articles";
import { listArticleSources } from "@/lib/server/list-article-sources";
import { endpoint } from "../endpoint";

/** A pasted article of up to 1,000,000 characters is larger than the default JSON limit. */
const MAX_ARTICLE_BYTES = 4_000_000;

export const list = endpoint({
  id: "articles.list", method: "GET", path: "/api/articles", tag: "Articles", summary: "List articles with claim counts", minRole: "viewer",
  response: jsonResponse(articleListResponseSchema, "`{ articles: ArticleSummary[] }`"),
  handle: async ({ actor }) => ({ articles: await listArticles(actor) }),
});

export const create = endpoint({
  id: "articles.create", method: "POST", path: "/api/articles", tag: "Articles", summary: "Create an article from text, Markdown or HTML", minRole: "editor",
  body: createArticleSchema, maxBytes: MAX_ARTICLE_BYTES,
  response: jsonResponse(createdArticleSchema, "`{ id, version }`", 201), errors: [400, 413, 422],
  handle: ({ actor, body }) => createArticle(actor, body),
});

export const get = endpoint({
  id: "articles.get", method: "GET", path: "/api/articles/{id}", tag: "Articles", summary: "An article with its claims (anchors, verdicts, sources)", minRole: "viewer",
  response: jsonResponse(articleWithClaimsSchema, "`{ article, claims }`"), errors: [404],
  handle: ({ actor, params }) => getArticle(actor, params.id),
});

export const sources = endpoint({
  id: "articles.sources", method: "GET", path: "/api/articles/{id}/sources", tag: "Sources", summary: "Sources already cited in this article (for reuse)", minRole: "viewer",
  query: articleSourcesQuerySchema,
  response: jsonResponse(articleSourcesResponseSchema, "`{ sources }`"), errors: [404],
  handle: async ({ actor, params, query }) => ({ sources: await listArticleSources(actor, params.id, query.q) }),
});

export const dashboard = endpoint({
  id: "articles.dashboard", method: "GET", path: "/api/articles/{id}/dashboard", tag: "Review", summary: "An article's progress, verdicts, review states and contributors", minRole: "viewer",
  response: jsonResponse(articleDashboardSchema, "`{ article, total, approved, byVerdict, byState, contributors }`"), errors: [404],
  handle: ({ actor, params }) => getArticleDashboard(actor, params.id),
});

export const articleEndpoints = [list, create, get, sources, dashboard];
