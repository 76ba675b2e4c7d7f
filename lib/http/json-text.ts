import { NextResponse } from "next/server";

/**
 * JSON responses whose text the production server can write directly.
 *
 * A web Response keeps its body as bytes: building one from a 1.9 MB JSON string and reading
 * it back (`arrayBuffer()`) cost ~8 ms per request of UTF-8 encoding and copying on the big
 * article (CPU profile, bench/RESULTS.md). Node's `res.end(string)` encodes natively and far
 * faster. So `jsonResponse` remembers the text it serialised; the API lane (api-lane.ts)
 * writes that text and never reads the body, while Next.js, tests and any other reader get the
 * same bytes from the body as before.
 */
const texts = new WeakMap<Response, string>();

/** Like `NextResponse.json`, with the serialised text kept for `jsonTextOf`. */
export function jsonResponse(data: unknown, init: { status?: number; headers?: HeadersInit }): NextResponse {
  const text = JSON.stringify(data);
  if (text === undefined) return NextResponse.json(data, init); // not serialisable: the same error as before
  // A string body would default to text/plain: set the JSON type first, unless the route chose one.
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  const response = new NextResponse(text, { status: init.status, headers });
  texts.set(response, text);
  return response;
}

/** The JSON text `response` was made from, if `jsonResponse` made it and its body is unread. */
export function jsonTextOf(response: Response): string | undefined {
  return response.bodyUsed ? undefined : texts.get(response);
}
