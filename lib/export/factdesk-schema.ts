import { z } from "zod";
import { anchorStatusSchema, reviewStateSchema, stanceSchema, verdictSchema } from "@/lib/domain/enums";

/**
 * The factdesk/1 interchange document: what the JSON export writes and what import reads.
 * It carries everything needed to recreate an article in an empty database (text and
 * Tiptap document, claims with anchors, sources with stances and excerpts, threaded
 * comments, history). People are identified by name and email, never by database id,
 * because ids mean nothing in another Factdesk.
 *
 * Unknown keys are dropped rather than rejected so a later minor addition does not break
 * older importers; anything incompatible must bump the format string.
 */
export const FACTDESK_FORMAT = "factdesk/1";

const datetime = z.iso.datetime({ offset: true });
const dateOrDatetime = z.union([z.iso.date(), datetime]);
const offset = z.number().int().nonnegative();

const personSchema = z.object({
  name: z.string().min(1),
  email: z.string().optional(),
});

const sourceSchema = z.object({
  id: z.string(),
  url: z.string().min(1),
  title: z.string(),
  publisher: z.string().nullable(),
  excerpt: z.string().nullable(),
  stance: stanceSchema,
  accessedAt: dateOrDatetime.nullable(),
  archiveUrl: z.string().nullable(),
});

const commentSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  author: personSchema,
  body: z.string(),
  createdAt: datetime,
  editedAt: datetime.nullable(),
  resolvedAt: datetime.nullable(),
});

const eventSchema = z.object({
  id: z.number().int(),
  type: z.string().min(1),
  actor: personSchema.nullable(),
  createdAt: datetime,
  before: z.unknown(),
  after: z.unknown(),
  note: z.string().nullable(),
});

const anchorSchema = z
  .object({ exact: z.string().min(1), prefix: z.string(), suffix: z.string(), start: offset, end: offset, status: anchorStatusSchema })
  .refine((a) => a.end >= a.start, { message: "anchor end must not be before its start", path: ["end"] });

const claimSchema = z
  .object({
    id: z.string(),
    number: z.number().int().positive(),
    draft: z.boolean(),
    anchor: anchorSchema,
    claimant: z.string().nullable(),
    normalized: z.string().nullable(),
    verdict: verdictSchema,
    rationale: z.string(),
    reviewState: reviewStateSchema,
    assignee: personSchema.nullable(),
    createdBy: personSchema,
    createdAt: datetime,
    updatedAt: datetime,
    approvedBy: personSchema.nullable(),
    approvedAt: datetime.nullable(),
    sources: z.array(sourceSchema),
    comments: z.array(commentSchema),
    history: z.array(eventSchema),
  })
  .superRefine((claim, ctx) => {
    // Threading must be rebuildable: every reply points at a comment of the same claim.
    const ids = new Set(claim.comments.map((c) => c.id));
    claim.comments.forEach((c, i) => {
      if (c.parentId !== null && !ids.has(c.parentId)) {
        ctx.addIssue({ code: "custom", message: `reply to unknown comment "${c.parentId}"`, path: ["comments", i, "parentId"] });
      }
    });
  });

const articleSchema = z.object({
  id: z.string(),
  title: z.string().min(1),
  publisher: z.string().nullable(),
  byline: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: dateOrDatetime.nullable(),
  text: z.string(),
  doc: z.record(z.string(), z.unknown()),
  createdAt: datetime,
  updatedAt: datetime,
});

export const factdeskDocumentSchema = z.object({
  format: z.literal(FACTDESK_FORMAT),
  exportedAt: datetime,
  includesDrafts: z.boolean(),
  article: articleSchema,
  claims: z.array(claimSchema),
});

export type FactdeskDocument = z.infer<typeof factdeskDocumentSchema>;
export type FactdeskClaim = FactdeskDocument["claims"][number];
export type FactdeskPerson = z.infer<typeof personSchema>;

export type ParseResult = { ok: true; value: FactdeskDocument } | { ok: false; message: string };

function describePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), "");
}

/**
 * Validates an uploaded file (raw string or already-parsed JSON). The format string is
 * checked first so a file from another tool or another version gets a message about
 * that, not a list of field errors.
 */
export function parseFactdeskJson(input: unknown): ParseResult {
  let data = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input.startsWith("\uFEFF") ? input.slice(1) : input);
    } catch {
      return { ok: false, message: "This file is not valid JSON." };
    }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, message: "This is not a Factdesk export: expected a JSON object." };
  }
  const format = (data as Record<string, unknown>).format;
  if (format === undefined) {
    return { ok: false, message: `This is not a Factdesk export: it has no "format" field (expected "${FACTDESK_FORMAT}").` };
  }
  if (format !== FACTDESK_FORMAT) {
    return {
      ok: false,
      message: `Unsupported export format ${JSON.stringify(format)}: this Factdesk reads "${FACTDESK_FORMAT}" files. Export the article again from a matching Factdesk version.`,
    };
  }
  const parsed = factdeskDocumentSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues;
  const listed = issues.slice(0, 5).map((issue) => `${describePath(issue.path) || "(document)"}: ${issue.message}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : "";
  return { ok: false, message: `This Factdesk export is invalid: ${listed.join("; ")}${more}.` };
}
