import { FACTDESK_FORMAT, type FactdeskDocument, type FactdeskPerson } from "./factdesk-schema";
import { buildReport, type ReportClaim } from "./report";
import type { ExportInput, ExportOptions, ExportPerson } from "./types";
import { httpUrl } from "@/lib/validation/common";

/** The API's URL rule (what import accepts), so every exported link imports again. */
const webLink = httpUrl("Link");
const isWebUrl = (v: string | null | undefined): v is string => typeof v === "string" && webLink.safeParse(v).success;

/**
 * The factdesk/1 document: the complete article and its claims, for backup and for
 * moving work between Factdesk instances (see factdesk-schema.ts for the contract).
 * It follows includeDrafts like every format: a full backup needs includeDrafts=true;
 * the default carries approved claims only. Each claim keeps its reviewState, and
 * `draft` repeats it as a flag for consumers that only want to know "publishable or not".
 */
function person(p: ExportPerson): FactdeskPerson {
  // Omit a missing email rather than write null: the schema treats it as optional.
  return p.email === undefined ? { name: p.name } : { name: p.name, email: p.email };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The Tiptap document as an object, whether the loader passed it parsed or as a JSON string. */
function docObject(doc: unknown): Record<string, unknown> {
  if (typeof doc === "string") {
    try {
      const parsed: unknown = JSON.parse(doc);
      return isRecord(parsed) ? parsed : {};
    } catch {
      return {};
    }
  }
  return isRecord(doc) ? doc : {};
}

function claim(c: ReportClaim): FactdeskDocument["claims"][number] {
  return {
    id: c.id,
    number: c.number,
    draft: c.draft,
    anchor: { exact: c.exact, prefix: c.prefix, suffix: c.suffix, start: c.start, end: c.end, status: c.anchorStatus },
    claimant: c.claimant,
    normalized: c.normalized,
    verdict: c.verdict,
    rationale: c.rationale,
    reviewState: c.reviewState,
    assignee: c.assignee ? person(c.assignee) : null,
    createdBy: person(c.createdBy),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    approvedBy: c.approvedBy ? person(c.approvedBy) : null,
    approvedAt: c.approvedAt,
    // Fields are listed one by one so extra properties a loader attaches never leak out.
    sources: c.sources.map((s) => ({
      id: s.id, url: s.url, title: s.title, publisher: s.publisher, excerpt: s.excerpt,
      // The file must import under the API's URL rule; a stored non-web link (legacy data) is left out.
      stance: s.stance, accessedAt: s.accessedAt, archiveUrl: isWebUrl(s.archiveUrl) ? s.archiveUrl : null,
    })),
    comments: c.comments.map((m) => ({
      id: m.id, parentId: m.parentId, author: person(m.author), body: m.body,
      createdAt: m.createdAt, editedAt: m.editedAt, resolvedAt: m.resolvedAt,
    })),
    history: c.history.map((e) => ({
      id: e.id, type: e.type, actor: e.actor ? person(e.actor) : null, createdAt: e.createdAt,
      before: e.before ?? null, after: e.after ?? null, note: e.note,
    })),
  };
}

export function buildFactdeskDocument(input: ExportInput, options: ExportOptions): FactdeskDocument {
  const report = buildReport(input, options);
  const { article } = input;
  return {
    format: FACTDESK_FORMAT,
    exportedAt: options.generatedAt,
    includesDrafts: options.includeDrafts,
    ...(options.ratingScale ? { ratingScale: options.ratingScale } : {}),
    article: {
      id: article.id,
      title: article.title,
      publisher: article.publisher,
      byline: article.byline,
      url: isWebUrl(article.url) ? article.url : null,
      publishedAt: article.publishedAt,
      text: article.text,
      doc: docObject(article.doc),
      createdAt: article.createdAt,
      updatedAt: article.updatedAt,
    },
    claims: report.claims.map(claim),
  };
}

export function renderJson(input: ExportInput, options: ExportOptions): string {
  return JSON.stringify(buildFactdeskDocument(input, options), null, 2) + "\n";
}
