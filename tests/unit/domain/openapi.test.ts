import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { ROUTE_TABLE } from "@/tests/integration/security/route-table";

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1 with JSON Schemas generated from the zod schemas", () => {
    expect(doc.openapi).toBe("3.1.0");
    const createClaim = doc.paths["/api/articles/{id}/claims"].post as { requestBody: { content: { "application/json": { schema: { properties: Record<string, unknown> } } } } };
    expect(Object.keys(createClaim.requestBody.content["application/json"].schema.properties ?? {})).toEqual(expect.arrayContaining(["exact", "prefix", "suffix", "start", "end"]));
  });

  it("documents every API route the app serves", () => {
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const served = Object.keys(ROUTE_TABLE)
      .filter((k) => ROUTE_TABLE[k].minRole !== "skip")
      .map((k) => k.replace(/\[(\w+)\]/g, "{$1}"));
    expect(served.filter((k) => !documented.has(k))).toEqual([]);
  });
});
