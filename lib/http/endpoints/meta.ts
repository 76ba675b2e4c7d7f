import { z } from "zod";
import { jsonResponse } from "@/lib/contracts/endpoint";
import { endpoint } from "../endpoint";

let document: unknown;

export const openApi = endpoint({
  id: "meta.openapi", method: "GET", path: "/api/openapi.json", tag: "Meta", summary: "This document", minRole: "public",
  response: jsonResponse(z.object({ openapi: z.literal("3.1.0"), paths: z.record(z.string(), z.unknown()) }), "OpenAPI 3.1"),
  handle: async () => {
    // Imported on first use: the document is built from the registry this endpoint belongs to.
    document ??= (await import("@/lib/openapi/document")).buildOpenApiDocument();
    return Response.json(document);
  },
});

/**
 * next-auth serves /api/auth/* (sign-in, sign-out, CSRF, session) with its own handler; the
 * route file stays next-auth's. Declared so the registry lists every route file.
 */
export const nextAuth = endpoint({
  id: "meta.nextAuth", method: "GET", path: "/api/auth/{...nextauth}", tag: "Meta", summary: "next-auth (sign-in, sign-out, CSRF, session)", minRole: "public",
  response: { kind: "html", status: 200, description: "next-auth's pages and JSON", contentType: "text/html" },
  handle: async () => new Response(null, { status: 404 }),
});
export const nextAuthPost = { ...nextAuth, id: "meta.nextAuthPost", method: "POST" as const };

export const metaEndpoints = [openApi];
/** Served by a library, not by `handler()`: listed for completeness, left out of the document and the matrix. */
export const libraryEndpoints = [nextAuth, nextAuthPost];
