import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError, STATUS_BY_CODE } from "@/lib/domain/errors";
import { ImportError } from "@/lib/import";

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string>; details?: unknown };
}

export function zodFields(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** A 429 says when to come back (seconds), as HTTP clients and proxies expect. */
function retryAfterHeader(error: AppError): HeadersInit | undefined {
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return error.code === "rate_limited" && typeof seconds === "number" ? { "retry-after": String(seconds) } : undefined;
}

/** Maps anything thrown by a route to a JSON error; unexpected errors are logged, not shown. */
export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, fields: error.fields, details: error.details } },
      { status: STATUS_BY_CODE[error.code], headers: retryAfterHeader(error) },
    );
  }
  if (error instanceof ImportError) {
    // A pasted or uploaded body the importer refuses (e.g. pathologically nested markup).
    return NextResponse.json({ error: { code: "invalid", message: error.message, fields: { body: error.message } } }, { status: 422 });
  }
  if (error instanceof ZodError) {
    const fields = zodFields(error);
    const first = Object.entries(fields)[0];
    const message = first ? `Check the ${first[0] === "_" ? "request" : `"${first[0]}" field`}: ${first[1]}` : "The request is not valid.";
    return NextResponse.json({ error: { code: "invalid", message, fields } }, { status: 422 });
  }
  console.error("[factdesk] unexpected error:", error instanceof Error ? error.stack ?? error.message : error);
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on our side. Your change was not saved; please try again." } },
    { status: 500 },
  );
}
