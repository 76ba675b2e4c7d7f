import { jsonResponse } from "@/lib/contracts/endpoint";
import {
  createdTokenSchema, createdUserSchema, createTokenSchema, createUserSchema, tokenResponseSchema, tokensResponseSchema, updateUserSchema, userResponseSchema, usersQuerySchema,
  usersResponseSchema,
} from "@/lib/contracts/users";
import { createApiToken } from "@/lib/server/create-api-token";
import { createUser } from "@/lib/server/create-user";
import { listApiTokens } from "@/lib/server/list-api-tokens";
import { listUserDirectory } from "@/lib/server/list-user-directory";
import { listUsers } from "@/lib/server/list-users";
import { revokeApiToken } from "@/lib/server/revoke-api-token";
import { updateUser } from "@/lib/server/update-user";
import { endpoint } from "../endpoint";

export const list = endpoint({
  id: "users.list", method: "GET", path: "/api/users", tag: "Users", summary: "List users (admins), or active colleagues with ?directory=1 (everyone)", minRole: "viewer",
  stricter: { role: "admin", unless: "directory=1" },
  query: usersQuerySchema,
  response: jsonResponse(usersResponseSchema, "`{ users }`"),
  handle: async ({ actor, query }) => ({ users: query.directory === "1" ? await listUserDirectory(actor) : await listUsers(actor) }),
});

export const create = endpoint({
  id: "users.create", method: "POST", path: "/api/users", tag: "Users", summary: "Create a user (a password is generated when omitted)", minRole: "admin", body: createUserSchema,
  response: jsonResponse(createdUserSchema, "`{ user, generatedPassword? }`", 201), errors: [400, 409, 422],
  handle: ({ actor, body }) => createUser(actor, body),
});

export const update = endpoint({
  id: "users.update", method: "PATCH", path: "/api/users/{id}", tag: "Users", summary: "Change a user's role, name or active flag", minRole: "admin", body: updateUserSchema,
  response: jsonResponse(userResponseSchema, "`{ user }`"), errors: [404, 409, 422],
  handle: async ({ actor, params, body }) => ({ user: await updateUser(actor, params.id, body) }),
});

export const tokens = endpoint({
  id: "tokens.list", method: "GET", path: "/api/tokens", tag: "API tokens", summary: "Your API tokens", minRole: "viewer",
  response: jsonResponse(tokensResponseSchema, "`{ tokens }`"),
  handle: async ({ actor }) => ({ tokens: await listApiTokens(actor) }),
});

export const createToken = endpoint({
  id: "tokens.create", method: "POST", path: "/api/tokens", tag: "API tokens", summary: "Create a personal API token (shown once)", minRole: "viewer", body: createTokenSchema,
  response: jsonResponse(createdTokenSchema, "`{ token, view }`", 201), errors: [422],
  handle: ({ actor, body }) => createApiToken(actor, body),
});

export const revokeToken = endpoint({
  id: "tokens.revoke", method: "DELETE", path: "/api/tokens/{id}", tag: "API tokens", summary: "Revoke one of your tokens", minRole: "viewer",
  response: jsonResponse(tokenResponseSchema, "`{ token }`"), errors: [404],
  handle: async ({ actor, params }) => ({ token: await revokeApiToken(actor, params.id) }),
});

export const userEndpoints = [list, create, update, tokens, createToken, revokeToken];
