/**
 * Errors a use case throws on purpose. Routes map `code` to an HTTP status; the message is
 * written for the person who will read it and must say what to do next.
 */
export type AppErrorCode =
  | "invalid" // 422: the request is understood but its content is wrong
  | "bad_request" // 400: malformed (bad JSON, bad header)
  | "unauthorized" // 401: not signed in
  | "forbidden" // 403: signed in, not allowed
  | "not_found" // 404
  | "conflict" // 409: stale version or a rule about current state
  | "too_large" // 413
  | "rate_limited" // 429
  | "not_implemented"; // 501: a variant of the request this server does not serve (oEmbed's format=xml)

export const STATUS_BY_CODE: Record<AppErrorCode, number> = {
  invalid: 422,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  not_implemented: 501,
};

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    message: string,
    /** Per-field messages, shown next to form fields. */
    public readonly fields?: Record<string, string>,
    /** Extra data for the client, e.g. the current state on a conflict. */
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} was not found. It may have been deleted.`);
export const forbidden = (message = "You do not have permission to do this.") => new AppError("forbidden", message);
export const invalid = (message: string, fields?: Record<string, string>) => new AppError("invalid", message, fields);
