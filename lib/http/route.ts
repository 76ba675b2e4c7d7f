import { NextResponse, type NextRequest } from "next/server";
import type { ZodType } from "zod";
import { resolveActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/domain/actor";
import { AppError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-once";
import { errorResponse } from "./errors";
import { jsonResponse } from "./json-text";

type Params = Record<string, string>;
type Handler<P extends Params> = (req: NextRequest, params: P) => Promise<Response>;

/** Wraps a route handler so every thrown error becomes a JSON error response. */
export function route<P extends Params = Params>(handler: Handler<P>) {
  return async (req: NextRequest, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(req, ctx?.params ? await ctx.params : ({} as P));
    } catch (error) {
      return errorResponse(error);
    }
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The signed-in actor or 401. Cookie-authenticated writes must come from this origin: a
 * browser always sends Origin on cross-site POST/PATCH/DELETE, so a foreign page cannot
 * act with the user's cookie (CSRF). Bearer-token requests carry no ambient credential.
 */
export async function requireActor(req: NextRequest): Promise<Actor> {
  const actor = await resolveActor({ headers: req.headers, cookie: (n) => req.cookies.get(n)?.value });
  if (!actor) throw new AppError("unauthorized", "Sign in to continue. Your session may have expired.");
  if (actor.readOnly && !SAFE_METHODS.has(req.method)) {
    throw new AppError("forbidden", "This API token is read-only: it cannot change anything. Use a token with full access.");
  }
  if (actor.via === "session" && !SAFE_METHODS.has(req.method)) assertSameOrigin(req);
  return actor;
}

export function assertSameOrigin(req: NextRequest): void {
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (!origin || !host) throw new AppError("forbidden", "This request did not come from a Factdesk page (missing Origin header).");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("forbidden", "This request did not come from a Factdesk page (invalid Origin header).");
  }
  if (originHost !== host) throw new AppError("forbidden", "Cross-site requests are refused. Use Factdesk from its own address.");
}

export const MAX_JSON_BYTES = 1_000_000;

/**
 * Reads and validates a JSON body: 413 when too large, 400 when not JSON, 422 when invalid.
 * Parsed through lib/validation/parse-once.ts, so the use case given the result does not
 * parse it again with the same schema.
 */
export async function readJson<T>(req: NextRequest, schema: ZodType<T>, maxBytes = MAX_JSON_BYTES): Promise<T> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readBodyText(req, maxBytes);
  let value: unknown;
  try {
    value = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  return parseInput(schema, value);
}

/**
 * Reads the body as UTF-8, stopping as soon as it passes `maxBytes`: a chunked request (no
 * Content-Length) or one that lies about its length is cut off there, not buffered whole.
 */
async function readBodyText(req: NextRequest, maxBytes: number): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(maxBytes: number) {
  return new AppError("too_large", `The request is too large (limit ${Math.round(maxBytes / 1000)} KB).`);
}

export function json(data: unknown, status = 200, headers?: HeadersInit): NextResponse {
  return jsonResponse(data, { status, headers });
}

/** Parses query parameters with a zod schema (422 with field messages when invalid), once per request as readJson. */
export function readQuery<T>(req: NextRequest, schema: ZodType<T>): T {
  return parseInput(schema, Object.fromEntries(req.nextUrl.searchParams));
}
