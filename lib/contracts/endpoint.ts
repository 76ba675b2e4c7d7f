import type { z } from "zod";
import type { Role } from "@/lib/domain/enums";

/**
 * The shape of one endpoint's contract, without the use case behind it (that binding lives in
 * lib/http/endpoints, server-only). UI code may import this file and the area contracts.
 */
export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * What the endpoint answers:
 * - `json`: a JSON body described by `schema` (validated in tests, see lib/http/endpoint.ts);
 * - `stream`: Server-Sent Events (`text/event-stream`);
 * - `file`: a download or raw bytes (`Content-Disposition` or sandboxed bytes);
 * - `html`: an HTML page.
 */
export type ResponseKind = "json" | "stream" | "file" | "html";

export interface JsonResponseSpec<S extends z.ZodType = z.ZodType> {
  kind: "json";
  status: number;
  description: string;
  schema: S;
}

export interface OtherResponseSpec {
  kind: "stream" | "file" | "html";
  status: number;
  description: string;
  contentType: string;
}

export type ResponseSpec<S extends z.ZodType = z.ZodType> = JsonResponseSpec<S> | OtherResponseSpec;

/** Everything about an endpoint that a client, the OpenAPI document and the tests need. */
export interface EndpointContract<Q extends z.ZodType | undefined = z.ZodType | undefined, B extends z.ZodType | undefined = z.ZodType | undefined, S extends z.ZodType = z.ZodType> {
  /** Unique, "area.action", e.g. "claims.update". */
  id: string;
  method: HttpMethod;
  /** OpenAPI path template, e.g. "/api/claims/{id}". */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** The least role allowed (checked before the request is read), or "public" (no sign-in). */
  minRole: Role | "public";
  /**
   * When the use case asks for more than `minRole` unless the request says otherwise (e.g. the
   * full user list is for admins, `?directory=1` for everyone). The authorization matrix expects
   * `role` for the request it sends.
   */
  stricter?: { role: Role; unless: string };
  query?: Q;
  body?: B;
  /** The body schema the OpenAPI document shows when `body` only reads it and the use case checks it in full (the factdesk/1 import). */
  documentedBody?: z.ZodType;
  /** Largest accepted body in bytes (default lib/http/route.ts MAX_JSON_BYTES). */
  maxBytes?: number;
  response: ResponseSpec<S>;
  /** Error statuses besides 401/403 (e.g. 404, 409, 422). */
  errors?: number[];
}

/** A JSON response declaration. */
export function jsonResponse<S extends z.ZodType>(schema: S, description: string, status = 200): JsonResponseSpec<S> {
  return { kind: "json", status, description, schema };
}
