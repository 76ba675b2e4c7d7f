import { z } from "zod";
import { createTokenSchema, createUserSchema, updateUserSchema } from "@/lib/validation/user";
import type { OperationSpec } from "../types";

export const accountOperations: OperationSpec[] = [
  { method: "get", path: "/api/users", tag: "Users", summary: "List users (admins), or active colleagues with ?directory=1 (everyone)", minRole: "viewer", query: z.object({ directory: z.literal("1").optional() }), response: { status: 200, description: "`{ users }`" } },
  { method: "post", path: "/api/users", tag: "Users", summary: "Create a user (a password is generated when omitted)", minRole: "admin", body: createUserSchema, response: { status: 201, description: "`{ user, generatedPassword? }`" }, errors: [400, 409, 422] },
  { method: "patch", path: "/api/users/{id}", tag: "Users", summary: "Change a user's role, name or active flag", minRole: "admin", body: updateUserSchema, response: { status: 200, description: "`{ user }`" }, errors: [404, 409, 422] },
  { method: "get", path: "/api/tokens", tag: "API tokens", summary: "Your API tokens", minRole: "viewer", response: { status: 200, description: "`{ tokens }`" } },
  { method: "post", path: "/api/tokens", tag: "API tokens", summary: "Create a personal API token (shown once)", minRole: "viewer", body: createTokenSchema, response: { status: 201, description: "`{ token, view }`" }, errors: [422] },
  { method: "delete", path: "/api/tokens/{id}", tag: "API tokens", summary: "Revoke one of your tokens", minRole: "viewer", response: { status: 200, description: "`{ token }`" }, errors: [404] },
  { method: "get", path: "/api/openapi.json", tag: "Meta", summary: "This document", minRole: null, response: { status: 200, description: "OpenAPI 3.1" } },
];
