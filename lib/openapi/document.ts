import { z, type ZodType } from "zod";
import type { AnyEndpoint } from "@/lib/http/endpoint";
import { ENDPOINTS } from "@/lib/http/registry";
import { claimViewSchema, historyEntrySchema, importedHistoryViewSchema, linkedSourceViewSchema, reviewNoteViewSchema } from "@/lib/contracts/claims";
import { articleViewSchema } from "@/lib/contracts/articles";
import { commentViewSchema, mentionViewSchema, threadViewSchema } from "@/lib/contracts/comments";
import { personRefSchema } from "@/lib/contracts/common";
import { queueItemSchema } from "@/lib/contracts/review";
import { apiTokenViewSchema, directoryUserSchema, publicUserSchema } from "@/lib/contracts/users";
import { notificationViewSchema } from "@/lib/contracts/notifications";
import { newsroomSettingsSchema } from "@/lib/contracts/settings";
import { revisionSummarySchema } from "@/lib/contracts/revisions";
import { archiveSummarySchema } from "@/lib/contracts/web";
import { publicationStatusSchema } from "@/lib/contracts/publish";

const ERROR_TEXT: Record<number, string> = {
  400: "Malformed request (e.g. invalid JSON)",
  401: "Not signed in, or the token is invalid",
  403: "Signed in, but the role does not allow this",
  404: "Not found",
  409: "Conflict: stale version or a rule about the current state; `details.current` holds the current state",
  410: "Gone: the page is paused",
  413: "Request too large",
  422: "Invalid input; `fields` has a message per field",
  429: "Too many attempts",
  501: "Not implemented",
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

/** Views shared by several answers: written once under components.schemas and referenced. */
const NAMED: Record<string, ZodType> = {
  PersonRef: personRefSchema, ClaimView: claimViewSchema, LinkedSource: linkedSourceViewSchema, ReviewNote: reviewNoteViewSchema, HistoryEntry: historyEntrySchema,
  ImportedHistoryEntry: importedHistoryViewSchema, ArticleView: articleViewSchema, CommentView: commentViewSchema, ThreadView: threadViewSchema, MentionView: mentionViewSchema,
  QueueItem: queueItemSchema, PublicUser: publicUserSchema, DirectoryUser: directoryUserSchema, ApiToken: apiTokenViewSchema, Notification: notificationViewSchema,
  NewsroomSettings: newsroomSettingsSchema, RevisionSummary: revisionSummarySchema, ArchiveSummary: archiveSummarySchema, PublicationStatus: publicationStatusSchema,
};

class SchemaWriter {
  readonly components: Record<string, unknown> = {};
  private readonly metadata = z.registry<{ id: string }>();

  constructor() {
    for (const [id, schema] of Object.entries(NAMED)) this.metadata.add(schema, { id });
  }

  /** JSON Schema of a zod schema; named views become `$ref`s to components.schemas. */
  write(schema: ZodType, io: "input" | "output"): Record<string, unknown> {
    const generated = z.toJSONSchema(schema, { io, unrepresentable: "any", metadata: this.metadata, cycles: "ref", reused: "inline" }) as Record<string, unknown>;
    const { $schema: _s, $defs, ...rest } = JSON.parse(JSON.stringify(generated).replaceAll('"#/$defs/', '"#/components/schemas/')) as Record<string, unknown> & { $defs?: Record<string, unknown> };
    // Request schemas are named by input shape, responses by output: keep both when they differ.
    for (const [id, def] of Object.entries($defs ?? {})) {
      const { id: _id, ...clean } = def as Record<string, unknown>;
      this.components[id] ??= clean;
    }
    const { id: _ownId, ...own } = rest;
    return own;
  }
}

function queryParameters(writer: SchemaWriter, schema: ZodType | undefined) {
  if (!schema) return [];
  const s = writer.write(schema, "input") as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({ name, in: "query", required: s.required?.includes(name) ?? false, schema: prop }));
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
}

function roleText(ep: AnyEndpoint): string {
  if (ep.minRole === "public") return "Public.";
  const base = `Requires the **${ep.minRole}** role or above.`;
  return ep.stricter ? `${base} The **${ep.stricter.role}** role unless \`${ep.stricter.unless}\`.` : base;
}

function operation(writer: SchemaWriter, ep: AnyEndpoint) {
  const signedIn = ep.minRole !== "public";
  const errors = new Set([...(signedIn ? [401, 403] : []), ...(ep.body ? [422] : []), ...(ep.errors ?? [])]);
  const response = ep.response;
  const content = response.kind === "json"
    ? { "application/json": { schema: writer.write(response.schema, "output") } }
    : { [response.contentType]: { schema: response.kind === "stream" || response.kind === "html" ? { type: "string" } : { type: "string", format: "binary" } } };
  const body = ep.documentedBody ?? ep.body;
  return {
    operationId: ep.id,
    tags: [ep.tag],
    summary: ep.summary,
    description: [ep.description, roleText(ep)].filter(Boolean).join("\n\n"),
    security: signedIn ? [{ session: [] }, { bearer: [] }] : [],
    "x-response-kind": response.kind,
    parameters: [...pathParameters(ep.path), ...queryParameters(writer, ep.query)],
    ...(body ? { requestBody: { required: true, content: { "application/json": { schema: writer.write(body, "input") } } } } : {}),
    responses: {
      [response.status]: { description: response.description, content },
      ...Object.fromEntries([...errors].sort().map((s) => [s, { description: ERROR_TEXT[s] ?? "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }])),
    },
  };
}

/** The OpenAPI 3.1 document, generated from the endpoint registry (lib/http/registry.ts) and its zod schemas. */
export function buildOpenApiDocument(endpoints: readonly AnyEndpoint[] = ENDPOINTS) {
  const writer = new SchemaWriter();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const ep of endpoints) (paths[ep.path] ??= {})[ep.method.toLowerCase()] = operation(writer, ep);
  return {
    openapi: "3.1.0",
    info: {
      title: "Factdesk API",
      version: "1.0.0",
      description:
        "The JSON API that Factdesk's own UI uses. Authenticate with the session cookie (same-origin writes only) or `Authorization: Bearer <token>` with a personal API token (Settings → API tokens). Errors are `{ error: { code, message, fields? } }`. " +
        "Every operation is declared once in lib/http/endpoints; `x-response-kind` says whether it answers JSON, a stream (SSE), a file or an HTML page.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
        bearer: { type: "http", scheme: "bearer" },
      },
      schemas: { Error: errorSchema, ...writer.components } as Record<string, unknown>,
    },
    paths,
  };
}
