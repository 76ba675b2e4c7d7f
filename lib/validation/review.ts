import { z } from "zod";
import { REVIEW_STATES, verdictSchema } from "@/lib/domain/enums";
import { REVIEW_ACTIONS } from "@/lib/domain/review";
import { REVIEW_DISPLAY_STATES } from "@/lib/domain/review-display";
import { EXPORT_AUDIENCES, EXPORT_FORMATS } from "@/lib/export/types";
import { idParam, optionalText } from "./common";

export const REVIEW_NOTE_MAX = 2_000;
export const BULK_MAX = 500;

/** POST /api/claims/{id}/review */
export const reviewActionSchema = z.object({
  action: z.enum(REVIEW_ACTIONS, { error: `action must be one of: ${REVIEW_ACTIONS.join(", ")}.` }),
  version: z.number({ error: "version is required: send the version of the claim you are looking at." }).int().positive(),
  note: optionalText("Note", REVIEW_NOTE_MAX),
});
export type ReviewActionInput = z.input<typeof reviewActionSchema>;

const claimIds = z
  .array(idParam, { error: "claimIds must be a list of claim ids." })
  .min(1, "Select at least one claim.")
  .max(BULK_MAX, `Select at most ${BULK_MAX} claims at a time.`);

/** POST /api/claims/bulk: one transaction, per-claim refusals reported, not fatal. */
export const bulkClaimsSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("assign"), claimIds, assigneeId: idParam.nullable() }),
    z.object({ action: z.literal("submit"), claimIds }),
  ],
  { error: 'action must be "assign" or "submit".' },
);
export type BulkClaimsInput = z.input<typeof bulkClaimsSchema>;

export const QUEUE_SORTS = ["updated", "created", "article", "verdict", "state"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const QUEUE_PAGE_SIZES = [25, 50, 100, 200] as const;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optionalQuery = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

/**
 * GET /api/review and the /review page's URL. Every value arrives as a string; empty ones
 * mean "no filter", so a submitted filter form with blank fields is a valid query.
 * `assignee` is a user id, "me" or "unassigned".
 */
export const reviewQueueQuerySchema = z.object({
  /** A rating key of the newsroom's scale (or unchecked); a key the scale lacks matches no claim. */
  verdict: optionalQuery(verdictSchema),
  // "sent_back": open claims still carrying a reviewer's note; "open": open ones without.
  state: optionalQuery(z.enum(REVIEW_DISPLAY_STATES, { error: `state must be one of: ${REVIEW_DISPLAY_STATES.join(", ")}.` })),
  assignee: optionalQuery(z.union([z.literal("me"), z.literal("unassigned"), idParam])),
  article: optionalQuery(idParam),
  q: optionalQuery(z.string().trim().max(200, "Search text is too long (limit 200 characters).")),
  sort: optionalQuery(z.enum(QUEUE_SORTS, { error: `sort must be one of: ${QUEUE_SORTS.join(", ")}.` })).transform((v) => v ?? "updated"),
  dir: optionalQuery(z.enum(["asc", "desc"], { error: 'dir must be "asc" or "desc".' })).transform((v) => v ?? "desc"),
  page: optionalQuery(z.coerce.number().int().min(1, "page starts at 1.").max(100_000)).transform((v) => v ?? 1),
  perPage: optionalQuery(z.coerce.number().int().min(1).max(200, "perPage is at most 200.")).transform((v) => v ?? 50),
});
export type ReviewQueueQuery = z.output<typeof reviewQueueQuerySchema>;
export type ReviewQueueQueryInput = z.input<typeof reviewQueueQuerySchema>;

/** GET /api/articles/{id}/export */
export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `Unknown export format. Use one of: ${EXPORT_FORMATS.join(", ")}.` }),
  drafts: optionalQuery(z.enum(["0", "1", "true", "false"], { error: 'drafts must be "1" or "0".' })).transform((v) => v === "1" || v === "true"),
  audience: optionalQuery(z.enum(EXPORT_AUDIENCES, { error: `audience must be one of: ${EXPORT_AUDIENCES.join(", ")}.` })).transform((v) => v ?? "reader"),
});
export type ExportQuery = z.output<typeof exportQuerySchema>;

/** POST /api/articles/import takes a factdesk/1 document; it is checked by parseFactdeskJson. */
export const IMPORT_JSON_MAX_BYTES = 20_000_000;
export const importArticleJsonSchema = z.unknown();

/** Counts in an imported file (the API has no other way to create more in one request). */
export const IMPORT_COUNT_LIMITS = { claims: 10_000, sourcesPerClaim: 200, commentsPerClaim: 2_000, historyPerClaim: 5_000 } as const;

/**
 * POST /api/articles/import?keepApprovals=1&fileName=… — keepApprovals (reviewers and
 * admins only) keeps the file's approvals, recorded as imported by the importer; fileName
 * is only quoted in that record.
 */
export const importOptionsSchema = z.object({
  // A boolean too: a direct caller (tests, scripts) may pass one; the route's text is parsed once (lib/validation/parse-once.ts).
  keepApprovals: optionalQuery(z.union([z.boolean(), z.enum(["0", "1", "true", "false"])], { error: 'keepApprovals must be "1" or "0".' })).transform((v) => v === true || v === "1" || v === "true"),
  fileName: optionalQuery(z.string().trim().max(255, "fileName is too long (limit 255 characters).")).transform((v) => v || null),
});
export type ImportOptionsInput = z.input<typeof importOptionsSchema>;
