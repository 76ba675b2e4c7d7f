import { NextRequest } from "next/server";
import type { z } from "zod";
import type { Actor } from "@/lib/domain/actor";
import type { Role } from "@/lib/domain/enums";
import { AppError } from "@/lib/domain/errors";
import { hasRole } from "@/lib/domain/permissions";
import type { RateLimitedAction } from "@/lib/domain/user-rate-limits";
import type { EndpointContract, HttpMethod, ResponseSpec } from "@/lib/contracts/endpoint";
import { enforceUserRateLimit } from "./rate-limit";
import { json, readJson, readQuery, requireActor, route } from "./route";
import { registerApiLane, registerApiLaneRoute } from "./api-lane";

/**
 * One endpoint, declared once: its contract (method, path, request and response schemas,
 * least role) and the use case it calls (`handle`). The route file, the OpenAPI document
 * (lib/openapi) and the authorization matrix (tests/integration/security) all come from it.
 */
export type Endpoint<M extends HttpMethod = HttpMethod, R extends Role | "public" = Role | "public", Q extends z.ZodType | undefined = z.ZodType | undefined, B extends z.ZodType | undefined = z.ZodType | undefined, S extends z.ZodType = z.ZodType> =
  EndpointContract<Q, B, S> & {
    method: M;
    minRole: R;
    /** Per-user budget counted before the use case runs (lib/domain/user-rate-limits). */
    rateLimit?: RateLimitedAction;
    /** Calls the use case. JSON endpoints return the body (checked against the response schema's type); others a Response. */
    handle: (ctx: HandleContext<R, Q, B>) => Promise<Reply<S>>;
  };

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface HandleContext<R extends Role | "public", Q extends z.ZodType | undefined, B extends z.ZodType | undefined> {
  req: NextRequest;
  actor: R extends "public" ? null : Actor;
  params: Record<string, string>;
  query: Out<Q>;
  body: Out<B>;
}

const REPLY = Symbol("reply");

/** A JSON body with a status or headers other than the declared ones. */
export interface JsonReply<T> {
  [REPLY]: true;
  body: T;
  status?: number;
  headers?: HeadersInit;
}

export type Reply<S extends z.ZodType> = z.output<S> | JsonReply<z.output<S>> | Response;

export function reply<T>(body: T, init: { status?: number; headers?: HeadersInit }): JsonReply<T> {
  return { [REPLY]: true, body, ...init };
}

function isReply(value: unknown): value is JsonReply<unknown> {
  return typeof value === "object" && value !== null && REPLY in value;
}

/** Declares an endpoint (identity at runtime; keeps the literal method and role for `routes`). */
export function endpoint<const M extends HttpMethod, const R extends Role | "public", Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined, S extends z.ZodType = z.ZodType>(
  spec: Endpoint<M, R, Q, B, S>,
): Endpoint<M, R, Q, B, S> {
  return spec;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpoint = Endpoint<HttpMethod, Role | "public", any, any, any>;

/** Set FACTDESK_CHECK_RESPONSES=1 (the API tests do) to check every JSON answer against its schema. */
function checkResponse(ep: AnyEndpoint, response: ResponseSpec, body: unknown): void {
  if (process.env.FACTDESK_CHECK_RESPONSES !== "1" || response.kind !== "json") return;
  const result = response.schema.safeParse(JSON.parse(JSON.stringify(body ?? null)));
  if (!result.success) {
    throw new Error(`${ep.method} ${ep.path} (${ep.id}) answered a body its response schema refuses: ${JSON.stringify(result.error.issues.slice(0, 5))}`);
  }
}

const ROLE_NAME = { viewer: "a viewer", editor: "an editor", reviewer: "a reviewer", admin: "an admin" } as const;

/**
 * The Next.js route handler for one endpoint, built on lib/http/route.ts. Next.js always
 * passes the request and the params; tests may call a public page with a plain Request, or
 * a parameterless one (feed, sitemap) with nothing.
 */
export function handler(ep: AnyEndpoint): (req?: Request, ctx?: { params: Promise<Record<string, string>> }) => Promise<Response> {
  const served = route(async (req, params) => {
    let actor: Actor | null = null;
    if (ep.minRole !== "public") {
      actor = await requireActor(req);
      if (!hasRole(actor, ep.minRole)) {
        throw new AppError("forbidden", `Only ${ROLE_NAME[ep.minRole]} or above can do this; you are signed in as ${ROLE_NAME[actor.role]}.`);
      }
      if (ep.rateLimit) await enforceUserRateLimit(actor, ep.rateLimit);
    }
    const query = ep.query ? readQuery(req, ep.query) : undefined;
    const body = ep.body ? await readJson(req, ep.body, ep.maxBytes) : undefined;
    const result = await ep.handle({ req, actor, params, query, body } as HandleContext<Role, z.ZodType, z.ZodType>);
    if (result instanceof Response) return result;
    const { body: data, status, headers } = isReply(result) ? result : { body: result, status: undefined, headers: undefined };
    checkResponse(ep, ep.response, data);
    return json(data, status ?? ep.response.status, headers);
  });
  return (req, ctx) => {
    const request = req instanceof NextRequest ? req : new NextRequest(req ?? new Request(new URL(ep.path, "http://localhost")));
    return served(request, ctx ?? { params: Promise.resolve({}) });
  };
}

type RouteHandler = ReturnType<typeof handler>;

/**
 * The route file's exports, one per method: `export const { GET, POST } = routes(list, create)`.
 * Every endpoint given must share one path.
 */
export function routes<const E extends readonly AnyEndpoint[]>(...endpoints: E): { [K in E[number] as K["method"]]: RouteHandler } {
  const paths = new Set(endpoints.map((e) => e.path));
  if (paths.size !== 1) throw new Error(`routes() takes the endpoints of one path, got ${[...paths].join(", ")}`);
  const out: Record<string, RouteHandler> = {};
  for (const ep of endpoints) {
    if (out[ep.method]) throw new Error(`${ep.method} ${ep.path} declared twice`);
    out[ep.method] = handler(ep);
    // JSON answers may skip Next.js's router in the production server (./api-lane.ts).
    if (ep.response.kind === "json") registerApiLaneRoute(ep.method, ep.path, out[ep.method]);
  }
  registerApiLane();
  return out as { [K in E[number] as K["method"]]: RouteHandler };
}
