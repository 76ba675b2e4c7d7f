import { z } from "zod";
import { roleSchema, type Role } from "@/lib/domain/enums";
import { isoString } from "./common";

/** Users and API tokens: request schemas (lib/validation) and the user views. */
export { createUserSchema, updateUserSchema, createTokenSchema, TOKEN_SCOPES, type CreateUserInput, type UpdateUserInput, type CreateTokenInput, type TokenScope } from "@/lib/validation/user";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/validation/user";

/** What the API may show of a user: never the password hash or throttling state. */
export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export const publicUserSchema: z.ZodType<PublicUser> = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  active: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: isoString,
});

/**
 * A colleague as the directory shows them. Everyone gets the name, the id (to mention or
 * assign) and whether claims may be assigned to them; only admins, who manage accounts, also
 * get the email address and role.
 */
export interface DirectoryUser {
  id: string;
  name: string;
  assignable: boolean;
  email?: string;
  role?: Role;
}

export const directoryUserSchema: z.ZodType<DirectoryUser> = z.object({
  id: z.string(),
  name: z.string(),
  assignable: z.boolean(),
  email: z.string().optional(),
  role: roleSchema.optional(),
});

/** `GET /api/users`: the full list (admins) or, with `?directory=1`, the directory (everyone). */
export const usersResponseSchema = z.object({ users: z.union([z.array(publicUserSchema), z.array(directoryUserSchema)]) });
export const usersQuerySchema = z.object({ directory: z.string().optional().describe("`1`: the directory of active colleagues (everyone); otherwise the full list (admins).") });
export const createdUserSchema = z.object({ user: publicUserSchema, generatedPassword: z.string().optional() });
export const userResponseSchema = z.object({ user: publicUserSchema });

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  expiresAt: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export const apiTokenViewSchema: z.ZodType<ApiTokenView> = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scope: z.enum(TOKEN_SCOPES),
  expiresAt: z.string().nullable(),
  createdAt: isoString,
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const tokensResponseSchema = z.object({ tokens: z.array(apiTokenViewSchema) });
export const tokenResponseSchema = z.object({ token: apiTokenViewSchema });
/** The secret is shown once, here. */
export const createdTokenSchema = z.object({ token: z.string(), view: apiTokenViewSchema });
