import { createClaimSchema, linkSourceSchema, updateClaimSchema } from "@/lib/validation/claim";
import type { OperationSpec } from "../types";

export const claimOperations: OperationSpec[] = [
  {
    method: "post", path: "/api/articles/{id}/claims", tag: "Claims", summary: "Mark a claim", minRole: "editor", body: createClaimSchema,
    description: "The server resolves `exact` (with optional `prefix`/`suffix`/`start`/`end`) against the article text and answers 422 when the quote is not in it.",
    response: { status: 201, description: "`{ claim }`" }, errors: [400, 404, 422],
  },
  { method: "get", path: "/api/claims/{id}", tag: "Claims", summary: "One claim", minRole: "viewer", response: { status: 200, description: "`{ claim }`" }, errors: [404] },
  {
    method: "patch", path: "/api/claims/{id}", tag: "Claims", summary: "Edit a claim (optimistic concurrency)", minRole: "editor", body: updateClaimSchema,
    description: "Send the `version` you started from. A stale version is merged when the changed fields were not changed by others (send their original values in `base`), otherwise refused with 409 and `details.current`.",
    response: { status: 200, description: "`{ claim, rebased, mergedWith }` (mergedWith: who made the edit this one was merged with, when rebased)" }, errors: [400, 404, 409, 422],
  },
  { method: "delete", path: "/api/claims/{id}", tag: "Claims", summary: "Delete a claim (soft; can be restored)", minRole: "editor", response: { status: 200, description: "`{ claim }`" }, errors: [404, 409] },
  { method: "post", path: "/api/claims/{id}/restore", tag: "Claims", summary: "Undo a delete", minRole: "editor", response: { status: 200, description: "`{ claim }`" }, errors: [404] },
  { method: "post", path: "/api/claims/{id}/sources", tag: "Sources", summary: "Link a source (new by URL, or reuse by sourceId)", minRole: "editor", body: linkSourceSchema, response: { status: 201, description: "`{ claim }`" }, errors: [400, 404, 409, 422] },
  { method: "delete", path: "/api/claims/{id}/sources/{sourceId}", tag: "Sources", summary: "Unlink a source from a claim", minRole: "editor", response: { status: 200, description: "`{ claim }`" }, errors: [404, 409] },
];
