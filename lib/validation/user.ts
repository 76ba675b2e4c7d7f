import { z } from "zod";
import { roleSchema } from "@/lib/domain/enums";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { requiredText } from "./common";

export const emailSchema = z
  .string({ error: "Email must be text." })
  .trim()
  .toLowerCase()
  .max(254, "Email is too long.")
  .email("Enter a valid email address, like ana@newsroom.org.");

export const passwordSchema = z
  .string({ error: "Password must be text." })
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, "Password is too long (limit 200 characters).");

export const createUserSchema = z.object({
  email: emailSchema,
  name: requiredText("Name", 120),
  role: roleSchema,
  /** Omitted: a password is generated and shown once to the admin. */
  password: passwordSchema.optional(),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    role: roleSchema.optional(),
    active: z.boolean().optional(),
    name: requiredText("Name", 120).optional(),
  })
  .refine((v) => v.role !== undefined || v.active !== undefined || v.name !== undefined, "Nothing to change.");
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const TOKEN_SCOPES = ["full", "read"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
export type CreateTokenInput = z.input<typeof createTokenSchema>;
export const createTokenSchema = z.object({
  name: requiredText("Token name", 80),
  /** "read": the token may only read (GET); every mutating route refuses it. */
  scope: z.enum(TOKEN_SCOPES, { message: 'Scope must be "full" or "read".' }).default("full"),
  /** Days until the token stops working; null or absent: it never expires. */
  expiresInDays: z.number({ message: "Expiry must be a number of days." }).int("Expiry must be whole days.").min(1, "Expiry must be at least 1 day.").max(366, "Expiry can be at most 366 days.").nullable().optional(),
});
