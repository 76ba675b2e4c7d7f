import { z } from "zod";

/**
 * The closed vocabularies of the domain, defined once. SQLite has no enums, so the
 * database stores these as strings and every write path validates them through the
 * zod schemas below.
 */
export const ROLES = ["viewer", "editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export const VERDICTS = ["unchecked", "verified", "disputed", "misleading", "false", "unverifiable"] as const;
export type Verdict = (typeof VERDICTS)[number];
export const verdictSchema = z.enum(VERDICTS);

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
