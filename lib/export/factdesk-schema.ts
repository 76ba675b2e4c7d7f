import { z } from "zod";
import { anchorStatusSchema, reviewStateSchema, stanceSchema, verdictSchema } from "@/lib/domain/enums";
import { ARTICLE_BODY_MAX, ARTICLE_PUBLISHER_MAX, ARTICLE_TITLE_MAX, BYLINE_MAX } from "@/lib/validation/article";
import { ANCHOR_CONTEXT_MAX, CLAIMANT_MAX, EXCERPT_MAX, NORMALIZED_MAX, PUBLISHER_MAX, QUOTE_MAX, RATIONALE_MAX, SOURCE_TITLE_MAX } from "@/lib/validation/claim";
import { commentBodySchema } from "@/lib/validation/comment";
import { httpUrl, requiredText, text } from "@/lib/validation/common";
import { IMPORT_COUNT_LIMITS } from "@/lib/validation/review";
import { ratingScaleSchema } from "@/lib/validation/rating-scale";

/**
 * The factdesk/1 interchange document: what the JSON export writes and what import reads.
 * It carries everything needed to recreate an article in an empty database (text and
 * Tiptap document, claims with anchors, sources with stances and excerpts, threaded
 * comments, history). People are identified by name and email, never by database id,
 * because ids mean nothing in another Factdesk.
 *
 * Unknown keys are dropped rather than rejected so a later minor addition does not break
 * older importers; anything incompatible must bump the format string.
 *
 * A file is input like any other: every field has the limit the API puts on it (the same
 * constants and helpers as lib/validation, not copies), links follow the API's URL rule,
 * and counts are bounded (IMPORT_COUNT_LIMITS).
 */
export const FACTDESK_FORMAT = "factdesk/1";

const datetime = z.iso.datetime({ offset: true });
const dateOrDatetime = z.union([z.iso.date(), datetime]);
const offset = z.number().int().nonnegative();
const nullableText = (label: string, max: number) => text(label, max).nullable();
const nullableUrl = (label: string) => z.preprocess((v) => (v === "" ? null : v), httpUrl(label).nullable());
const atMost = (max: number, what: string) => `at most ${max.toLocaleString("en-US")} ${what}`;

const personSchema = z.object({
  name: requiredText("Name", 120),
  email: z.string().max(254).optional(),
});

const sourceSchema = z.object({
  id: z.string().max(200),
  url: httpUrl("Source URL"),
  title: text("Source title", SOURCE_TITLE_MAX),
  publisher: nullableText("Publisher", PUBLISHER_MAX),
  excerpt: nullableText("Excerpt", EXCERPT_MAX),
  stance: stanceSchema,
  accessedAt: dateOrDatetime.nullable(),
  archiveUrl: nullableUrl("Archive URL"),
});

const commentSchema = z.object({
  id: z.string().max(200),
  parentId: z.string().max(200).nullable(),
  author: personSchema,
  body: commentBodySchema,
  createdAt: datetime,
  editedAt: datetime.nullable(),
  resolvedAt: datetime.nullable(),
});

const eventSchema = z.object({
  id: z.number().int(),
  type: z.string().min(1).max(100),
  actor: personSchema.nullable(),
  createdAt: datetime,
  before: z.unknown(),
  after: z.unknown(),
  note: z.string().max(RATIONALE_MAX).nullable(),
});

const anchorSchema = z
  .object({
    exact: z.string().min(1).max(QUOTE_MAX, `A claim quote is limited to ${QUOTE_MAX.toLocaleString("en-US")} characters.`),
    prefix: z.string().max(ANCHOR_CONTEXT_MAX),
    suffix: z.string().max(ANCHOR_CONTEXT_MAX),
    start: offset,
    end: offset,
    status: anchorStatusSchema,
  })
  .refine((a) => a.end >= a.start, { message: "anchor end must not be before its start", path: ["end"] });

const claimSchema = z
  .object({
    id: z.string().max(200),
    number: z.number().int().positive(),
    draft: z.boolean(),
    anchor: anchorSchema,
    claimant: nullableText("Claimant", CLAIMANT_MAX),
    normalized: nullableText("Normalised claim", NORMALIZED_MAX),
    verdict: verdictSchema,
    rationale: text("Rationale", RATIONALE_MAX),
    reviewState: reviewStateSchema,
    assignee: personSchema.nullable(),
    createdBy: personSchema,
    createdAt: datetime,
    updatedAt: datetime,
    approvedBy: personSchema.nullable(),
    approvedAt: datetime.nullable(),
    sources: z.array(sourceSchema).max(IMPORT_COUNT_LIMITS.sourcesPerClaim, atMost(IMPORT_COUNT_LIMITS.sourcesPerClaim, "sources per claim")),
    comments: z.array(commentSchema).max(IMPORT_COUNT_LIMITS.commentsPerClaim, atMost(IMPORT_COUNT_LIMITS.commentsPerClaim, "comments per claim")),
    history: z.array(eventSchema).max(IMPORT_COUNT_LIMITS.historyPerClaim, atMost(IMPORT_COUNT_LIMITS.historyPerClaim, "history entries per claim")),
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
  id: z.string().max(200),
  title: requiredText("Title", ARTICLE_TITLE_MAX),
  publisher: nullableText("Publisher", ARTICLE_PUBLISHER_MAX),
  byline: nullableText("Byline", BYLINE_MAX),
  url: nullableUrl("Original URL"),
  publishedAt: dateOrDatetime.nullable(),
  text: z.string().max(ARTICLE_BODY_MAX, `The article text is too long (limit ${ARTICLE_BODY_MAX.toLocaleString("en-US")} characters).`),
  doc: z.record(z.string(), z.unknown()),
  createdAt: datetime,
  updatedAt: datetime,
});

export const factdeskDocumentSchema = z.object({
  format: z.literal(FACTDESK_FORMAT),
  exportedAt: datetime,
  includesDrafts: z.boolean(),
  /** The exporting newsroom's rating scale (optional: older files have none). */
  ratingScale: ratingScaleSchema.optional(),
  article: articleSchema,
  claims: z.array(claimSchema).max(IMPORT_COUNT_LIMITS.claims, atMost(IMPORT_COUNT_LIMITS.claims, "claims")),
});

export type FactdeskDocument = z.infer<typeof factdeskDocumentSchema>;
export type FactdeskClaim = FactdeskDocument["claims"][number];
export type FactdeskPerson = z.infer<typeof personSchema>;

export type ParseResult = { ok: true; value: FactdeskDocument } | { ok: false; message: string };

function describePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), "");
}

/** Reads the JSON and checks the format string, so a wrong file gets a message about that, not field errors. */
function readFormat(input: unknown): { ok: true; data: Record<string, unknown> } | { ok: false; message: string } {
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
  return { ok: true, data: data as Record<string, unknown> };
}

function invalidFile(issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>): { ok: false; message: string } {
  const listed = issues.slice(0, 5).map((issue) => `${describePath(issue.path) || "(document)"}: ${issue.message.replace(/\.$/, "")}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : "";
  return { ok: false, message: `This Factdesk export is invalid: ${listed.join("; ")}${more}.` };
}

/**
 * Validates an uploaded file (raw string or already-parsed JSON). The format string is
 * checked first so a file from another tool or another version gets a message about
 * that, not a list of field errors.
 */
export function parseFactdeskJson(input: unknown): ParseResult {
  const read = readFormat(input);
  if (!read.ok) return read;
  const parsed = factdeskDocumentSchema.safeParse(read.data);
  return parsed.success ? { ok: true, value: parsed.data } : invalidFile(parsed.error.issues);
}

/** The document with its claims not yet checked: they are checked in chunks (below). */
const envelopeSchema = factdeskDocumentSchema.extend({
  claims: z.array(z.unknown()).max(IMPORT_COUNT_LIMITS.claims, atMost(IMPORT_COUNT_LIMITS.claims, "claims")),
});

/**
 * As parseFactdeskJson, for the import of a possibly large file: the claims are validated
 * `chunk` at a time with `pause()` awaited in between, so validating 10,000 claims does not
 * hold the event loop (and every other user) for seconds. Same rules, same messages.
 */
export async function parseFactdeskJsonInChunks(input: unknown, pause: () => Promise<void>, chunk = 20): Promise<ParseResult> {
  const read = readFormat(input);
  if (!read.ok) return read;
  const envelope = envelopeSchema.safeParse(read.data);
  const issues: Array<{ path: PropertyKey[]; message: string }> = envelope.success ? [] : [...envelope.error.issues];
  const raw = Array.isArray(read.data.claims) ? (read.data.claims as unknown[]) : [];
  const claims: FactdeskClaim[] = [];
  for (let from = 0; from < raw.length && issues.length <= 5 && envelope.success; from += chunk) {
    if (from > 0) await pause();
    for (let i = from; i < Math.min(from + chunk, raw.length); i++) {
      const parsed = claimSchema.safeParse(raw[i]);
      if (parsed.success) claims.push(parsed.data);
      else issues.push(...parsed.error.issues.map((issue) => ({ path: ["claims", i, ...issue.path], message: issue.message })));
    }
  }
  if (issues.length > 0 || !envelope.success) return invalidFile(issues);
  return { ok: true, value: { ...envelope.data, claims } };
}
