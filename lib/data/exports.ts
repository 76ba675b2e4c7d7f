import type { Db, Tx } from "./client";
import type { ExportComment, ExportEvent, ExportInput, ExportPerson } from "@/lib/export/types";
import { findArticleRecord } from "./articles";
import { listClaimsForExport, type PersonRef } from "./claims";
import { listEventsOfClaims } from "./events";
import { readTransactionOptions } from "./transaction";
import { readInChunks } from "./chunked";

type Client = Tx | Db;

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function parseJson(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/**
 * Loads an article for export: its live claims (the one claim view, lib/data/claims.ts) in
 * document order with sources, comments (with authors) and history (Event rows with actor
 * names), all from ONE snapshot: given the app's client it opens a read transaction, given a
 * transaction it reads in it. A handful of queries whatever the number of claims. Returns
 * null when the article does not exist or was deleted. With `baseUrl`, a source without an
 * external archive link cites Factdesk's own newest archived copy (`<baseUrl>/archives/<id>`).
 */
export async function loadExportInput(client: Client, articleId: string, opts: { baseUrl?: string } = {}): Promise<ExportInput | null> {
  if ("$transaction" in client) return client.$transaction((tx) => readExportInput(tx, articleId, opts), readTransactionOptions());
  return readExportInput(client, articleId, opts);
}

async function readExportInput(tx: Tx, articleId: string, opts: { baseUrl?: string }): Promise<ExportInput | null> {
  const ownArchive = (id: string | null) => (opts.baseUrl && id ? `${opts.baseUrl.replace(/\/+$/, "")}/archives/${id}` : null);
  const article = await findArticleRecord(tx, articleId);
  if (!article) return null;
  const claims = await listClaimsForExport(tx, articleId);
  const ids = claims.map((c) => c.id);
  // One query at a time: a transaction is one connection, and node-postgres deprecates
  // overlapping queries on one client (on SQLite they were serialised anyway).
  const comments = (
    await readInChunks(ids, (chunk) =>
      tx.comment.findMany({ where: { claimId: { in: chunk }, deletedAt: null }, include: { author: { select: { name: true, email: true } } } }),
    )
  ).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const events = await listEventsOfClaims(tx, ids);
  // Staff are named with their email in exports; the view carries ids and names only.
  const peopleIds = new Set<string>();
  for (const c of claims) for (const p of [c.assignee, c.createdBy, c.approvedBy]) if (p) peopleIds.add(p.id);
  const emails = new Map((await tx.user.findMany({ where: { id: { in: [...peopleIds] } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]));
  const toPerson = (p: PersonRef): ExportPerson => ({ name: p.name, email: emails.get(p.id) ?? "" });

  const commentsByClaim = new Map<string, ExportComment[]>();
  for (const m of comments) {
    const list = commentsByClaim.get(m.claimId) ?? [];
    list.push({
      id: m.id,
      parentId: m.parentId,
      author: { name: m.author.name, email: m.author.email },
      body: m.body,
      createdAt: m.createdAt.toISOString(),
      editedAt: m.editedAt?.toISOString() ?? null,
      resolvedAt: m.resolvedAt?.toISOString() ?? null,
    });
    commentsByClaim.set(m.claimId, list);
  }
  const history = new Map<string, ExportEvent[]>();
  for (const e of events) {
    const list = history.get(e.claimId) ?? [];
    list.push({ id: e.id, type: e.type, actor: e.actor ? { name: e.actor.name, email: e.actor.email } : null, createdAt: e.createdAt.toISOString(), before: e.before, after: e.after, note: e.note });
    history.set(e.claimId, list);
  }
  return {
    article: {
      id: article.id,
      title: article.title,
      publisher: article.publisher,
      byline: article.byline,
      url: article.url,
      publishedAt: isoDay(article.publishedAt),
      text: article.text,
      doc: parseJson(article.doc),
      createdAt: article.createdAt.toISOString(),
      updatedAt: article.updatedAt.toISOString(),
    },
    claims: claims.map((c, index) => ({
      id: c.id,
      number: index + 1,
      exact: c.exact,
      prefix: c.prefix,
      suffix: c.suffix,
      start: c.start,
      end: c.end,
      anchorStatus: c.anchorStatus,
      claimant: c.claimant,
      normalized: c.normalized,
      verdict: c.verdict,
      rationale: c.rationale,
      reviewState: c.reviewState,
      assignee: c.assignee ? toPerson(c.assignee) : null,
      createdBy: toPerson(c.createdBy),
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      approvedBy: c.approvedBy ? toPerson(c.approvedBy) : null,
      approvedAt: c.approvedAt,
      sources: c.sources.map((s) => ({
        id: s.sourceId,
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        excerpt: s.excerpt,
        stance: s.stance,
        accessedAt: s.accessedAt,
        archiveUrl: s.archiveUrl ?? ownArchive(s.archiveId),
      })),
      comments: commentsByClaim.get(c.id) ?? [],
      history: history.get(c.id) ?? [],
    })),
  };
}
