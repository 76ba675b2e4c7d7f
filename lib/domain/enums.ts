import { z } from "zod";

/**
 * The closed vocabularies of the domain, defined once. SQLite has no enums, so the
 * database stores these as strings and every write path validates them through the
 * zod schemas below.
 */
export const ROLES = ["viewer", "editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/**
 * The default scale's verdicts plus `unchecked` (the demo, the seed, older files). A claim's
 * verdict is NOT limited to these: it is `unchecked` or a key of the newsroom's rating scale
 * (lib/domain/rating-scale.ts), so display and validation go through the scale.
 */
export const VERDICTS = ["unchecked", "verified", "disputed", "misleading", "false", "unverifiable"] as const;
export type DefaultVerdict = (typeof VERDICTS)[number];
/** `unchecked` or a rating key of the newsroom's scale. */
export type Verdict = string;
/** The shape of a verdict key; whether the current scale has it is checked in the use case (lib/server/support/rating-scale.ts). */
export const verdictSchema = z
  .string({ error: "verdict must be text." })
  .regex(/^[a-z][a-z0-9_]{0,39}$/, "verdict must be a rating key of the newsroom's scale (lower-case letters, digits and _).");

export const REVIEW_STATES = ["open", "needs_review", "approved"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const reviewStateSchema = z.enum(REVIEW_STATES);

export const STANCES = ["supports", "refutes", "context"] as const;
export type Stance = (typeof STANCES)[number];
export const stanceSchema = z.enum(STANCES);

/** Where a claim's anchor stands after the last (re-)anchoring. */
export const ANCHOR_STATUSES = ["anchored", "changed", "orphan"] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];
export const anchorStatusSchema = z.enum(ANCHOR_STATUSES);
