import { NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { jsonResponse, jsonTextOf } from "@/lib/http/json-text";

const data = { title: "Café « résumé » — 東京 🚆", n: 45000, nested: [{ ok: true, none: null }] };

describe("jsonResponse", () => {
  it("gives the same status, headers and bytes as NextResponse.json", async () => {
    const ours = jsonResponse(data, { status: 201, headers: { "x-extra": "1" } });
    const theirs = NextResponse.json(data, { status: 201, headers: { "x-extra": "1" } });
    expect(ours.status).toBe(201);
    expect([...ours.headers]).toEqual([...theirs.headers]);
    expect(Buffer.from(await ours.arrayBuffer())).toEqual(Buffer.from(await theirs.arrayBuffer()));
  });

  it("keeps the serialised text for the API lane until the body is read", async () => {
    const response = jsonResponse(data, {});
    expect(jsonTextOf(response)).toBe(JSON.stringify(data));
    expect(Buffer.byteLength(jsonTextOf(response)!)).toBe(new TextEncoder().encode(JSON.stringify(data)).length);
    await response.text();
    expect(jsonTextOf(response)).toBeUndefined();
  });

  it("lets a route's own content type win, and knows nothing of other responses", () => {
    expect(jsonResponse(data, { headers: { "content-type": "application/problem+json" } }).headers.get("content-type")).toBe("application/problem+json");
    expect(jsonTextOf(NextResponse.json(data))).toBeUndefined();
  });

  it("refuses a value JSON cannot hold, as NextResponse.json does", () => {
    expect(() => jsonResponse(undefined, {})).toThrow();
    expect(() => jsonResponse({ big: 1n }, {})).toThrow();
  });
});
