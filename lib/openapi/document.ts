import { z, type ZodType } from "zod";
import type { OperationSpec } from "./types";
import { ALL_OPERATIONS } from "./paths";

const ERROR_TEXT: Record<number, string> = {
  400: "Malformed request (e.g. invalid JSON)",
  401: "Not signed in, or the token is invalid",
  403: "Signed in, but the role does not allow this",
  404: "Not found",
  409: "Conflict: stale version or a rule about the current state; `details.current` holds the current state",
  413: "Request too large",
  422: "Invalid input; `fields` has a message per field",
  429: "Too many attempts",
};

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "string" } },
        details: {},
      },
    },
  },
};

function jsonSchema(schema: ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

function queryParameters(schema: ZodType | undefined) {
  if (!schema) return [];
  const s = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({ name, in: "query", required: s.required?.includes(name) ?? false, schema: prop }));
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
}

function operation(op: OperationSpec) {
  const errors = new Set([...(op.minRole ? [401, 403] : []), ...(op.errors ?? [])]);
  return {
    tags: [op.tag],
    summary: op.summary,
    description: [op.description, op.minRole ? `Requires the **${op.minRole}** role or above.` : "Public."].filter(Boolean).join("\n\n"),
    security: op.minRole ? [{ session: [] }, { bearer: [] }] : [],
    parameters: [...pathParameters(op.path), ...queryParameters(op.query)],
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body) } } } } : {}),
    responses: {
      [op.response.status]: {
        description: op.response.description,
        ...(op.response.schema || op.response.contentType
          ? { content: { [op.response.contentType ?? "application/json"]: { schema: op.response.schema ? jsonSchema(op.response.schema) : {} } } }
          : {}),
      },
      ...Object.fromEntries([...errors].sort().map((s) => [s, { description: ERROR_TEXT[s] ?? "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }])),
    },
  };
}

/** The OpenAPI 3.1 document, generated from the zod schemas the routes validate with. */
export function buildOpenApiDocument(operations: OperationSpec[] = ALL_OPERATIONS) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "Factdesk API",
      version: "1.0.0",
      description:
        "The JSON API that Factdesk's own UI uses. Authenticate with the session cookie (same-origin writes only) or `Authorization: Bearer <token>` with a personal API token (Settings → API tokens). Errors are `{ error: { code, message, fields? } }`.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
        bearer: { type: "http", scheme: "bearer" },
      },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
