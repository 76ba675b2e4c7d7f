import { statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { reviewEndpoints } from "@/lib/http/endpoints/review";
import { dashboard } from "@/lib/http/endpoints/articles";
import { get as getSettings, update as updateSettings } from "@/lib/http/endpoints/settings";

/** The review area's endpoints, wherever the registry files them. */
const reviewOperations = [...reviewEndpoints, dashboard, getSettings, updateSettings];

const ROOT = path.resolve(__dirname, "../../..");
const MY_ROUTES = ["app/api/review", "app/api/claims/[id]/review", "app/api/claims/bulk", "app/api/articles/[id]/export", "app/api/articles/[id]/dashboard", "app/api/articles/import", "app/api/settings"];

/** "app/api/claims/[id]/review/route.ts" → "/api/claims/{id}/review" */
function routePath(dir: string): string {
  return "/" + dir.replace(/^app\//, "").replace(/\[(\w+)\]/g, "{$1}");
}

describe("reviewOperations", () => {
  it("documents every route of the review area, and builds into the OpenAPI document", () => {
    for (const dir of MY_ROUTES) expect(statSync(path.join(ROOT, dir, "route.ts")).isFile()).toBe(true);
    const documented = new Set(reviewOperations.map((op) => op.path));
    for (const dir of MY_ROUTES) expect(documented, dir).toContain(routePath(dir));
    const doc = buildOpenApiDocument(reviewOperations);
    expect(Object.keys(doc.paths).sort()).toEqual([...documented].sort());
    expect(JSON.stringify(doc)).toContain("send_back");
  });
});
