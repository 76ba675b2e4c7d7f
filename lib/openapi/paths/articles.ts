import { z } from "zod";
import { createArticleSchema } from "@/lib/validation/article";
import type { OperationSpec } from "../types";

export const articleOperations: OperationSpec[] = [
  { method: "get", path: "/api/articles", tag: "Articles", summary: "List articles with claim counts", minRole: "viewer", response: { status: 200, description: "`{ articles: ArticleSummary[] }`" } },
  { method: "post", path: "/api/articles", tag: "Articles", summary: "Create an article from text, Markdown or HTML", minRole: "editor", body: createArticleSchema, response: { status: 201, description: "`{ id, version }`" }, errors: [400, 413, 422] },
  { method: "get", path: "/api/articles/{id}", tag: "Articles", summary: "An article with its claims (anchors, verdicts, sources)", minRole: "viewer", response: { status: 200, description: "`{ article, claims }`" }, errors: [404] },
  { method: "get", path: "/api/articles/{id}/sources", tag: "Sources", summary: "Sources already cited in this article (for reuse)", minRole: "viewer", query: z.object({ q: z.string().optional() }), response: { status: 200, description: "`{ sources }`" }, errors: [404] },
];
