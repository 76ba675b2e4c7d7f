import { buildAnchor, docToPlainText, resolveAnchor } from "@/lib/anchoring";
import type { AnchorStatus } from "@/lib/domain/enums";
import { invalid } from "@/lib/domain/errors";
import type { FactdeskDocument } from "@/lib/export/factdesk-schema";
import { bodyToDoc, docToHtml, type PMDoc } from "@/lib/import";

type ImportedClaim = FactdeskDocument["claims"][number];
type ImportedComment = ImportedClaim["comments"][number];

/**
 * Pure steps of importing a factdesk/1 document, apart from the database writes so they
 * can be read (and reasoned about) on their own.
 */

/**
 * The imported Tiptap document is untrusted (anyone can edit a JSON file), so it goes
 * through the same sanitiser as an HTML upload: rendered to HTML with only known nodes
 * and safe links, then parsed back. If nothing readable survives, the plain text is used.
 */
export function sanitiseImportedDoc(article: FactdeskDocument["article"]): { doc: PMDoc; text: string } {
  let doc: PMDoc | null = null;
  try {
    doc = bodyToDoc(docToHtml(article.doc as unknown as PMDoc), "html");
  } catch {
    doc = null;
  }
  let text = doc ? docToPlainText(doc) : "";
  if (!doc || text.trim() === "") {
    doc = bodyToDoc(article.text, "text");
    text = docToPlainText(doc);
  }
  if (text.trim() === "") throw invalid("This export's article has no text, so there is nothing to import.");
  return { doc, text };
}

export interface PlacedAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchorStatus: AnchorStatus;
  previousExact: string | null;
}

/**
 * Re-resolves a claim's anchor against the imported text (position, then quote, then fuzzy,
 * as everywhere else). A claim that cannot be placed is kept as an orphan, never dropped.
 */
export function placeImportedAnchor(text: string, anchor: ImportedClaim["anchor"]): PlacedAnchor {
  const result = resolveAnchor(text, { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix, start: anchor.start, end: anchor.end });
  if (result.status === "orphan") {
    const start = Math.min(anchor.start, text.length);
    return { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix, start, end: Math.min(Math.max(anchor.end, start), text.length), anchorStatus: "orphan", previousExact: null };
  }
  const placed = buildAnchor(text, result.start, result.end);
  if (placed.exact !== anchor.exact) return { ...placed, anchorStatus: "changed", previousExact: anchor.exact };
  return { ...placed, anchorStatus: anchor.status === "orphan" ? "anchored" : anchor.status, previousExact: null };
}

/**
 * Comments in an order where every parent comes before its replies, each reply pointing
 * at its thread's root (Factdesk threads are one level deep). A reply cycle in a tampered
 * file is broken by treating the comment as a new thread.
 */
export function threadOrder(comments: readonly ImportedComment[]): { comment: ImportedComment; rootId: string | null }[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const rootOf = (c: ImportedComment): string | null => {
    const seen = new Set([c.id]);
    let current = c;
    while (current.parentId !== null) {
      const parent = byId.get(current.parentId);
      if (!parent || seen.has(parent.id)) return null;
      seen.add(parent.id);
      current = parent;
    }
    return current.id === c.id ? null : current.id;
  };
  const withRoots = comments.map((comment) => ({ comment, rootId: rootOf(comment) }));
  return [...withRoots.filter((c) => c.rootId === null), ...withRoots.filter((c) => c.rootId !== null)];
}

/** Every email named in the document, lower-cased, for one user lookup. */
export function emailsIn(document: FactdeskDocument): string[] {
  const emails = new Set<string>();
  const add = (p: { email?: string } | null) => {
    if (p?.email) emails.add(p.email.trim().toLowerCase());
  };
  for (const c of document.claims) {
    add(c.createdBy);
    add(c.assignee);
    add(c.approvedBy);
    c.comments.forEach((m) => add(m.author));
    c.history.forEach((e) => add(e.actor));
  }
  return [...emails];
}

/** The email of whoever last set the claim's verdict, from its history (for four-eyes). */
export function verdictSetterEmail(claim: ImportedClaim): string | null {
  for (let i = claim.history.length - 1; i >= 0; i--) {
    const e = claim.history[i];
    const after = e.after as Record<string, unknown> | null;
    if (after && typeof after === "object" && "verdict" in after) return e.actor?.email?.toLowerCase() ?? null;
  }
  return null;
}

/** One entry of a file's history as kept on the claim: names and times as text, nothing linked to a local account. */
export interface ImportedHistoryEntry {
  type: string;
  actor: { name: string; email?: string } | null;
  createdAt: string;
  before: unknown;
  after: unknown;
  note: string | null;
}

/** The file's history of a claim as stored provenance (JSON), oldest first; null when there is none. */
export function importedHistoryJson(history: ImportedClaim["history"]): string | null {
  if (history.length === 0) return null;
  const entries: ImportedHistoryEntry[] = history.map((e) => ({
    type: e.type,
    actor: e.actor ? { name: e.actor.name, ...(e.actor.email ? { email: e.actor.email } : {}) } : null,
    createdAt: e.createdAt,
    before: e.before ?? null,
    after: e.after ?? null,
    note: e.note,
  }));
  return JSON.stringify(entries);
}

/** "Approval imported by Rui from file X; originally approved by Ana on 2026-01-06." */
export function approvalImportNote(importer: string, fileName: string | null, approvedBy: { name: string } | null, approvedAt: string | null): string {
  const file = fileName ? `file ${fileName}` : "an uploaded file";
  const by = approvedBy ? approvedBy.name : "someone the file does not name";
  const on = approvedAt ? ` on ${approvedAt.slice(0, 10)}` : "";
  return `Approval imported by ${importer} from ${file}; originally approved by ${by}${on}.`;
}
