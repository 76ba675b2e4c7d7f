import type { Tx } from "@/lib/data/client";
import type { AnchorStatus, ReviewState, Stance, Verdict } from "@/lib/domain/enums";
import type { ExportComment, ExportEvent, ExportInput, ExportPerson } from "@/lib/export/types";

type Client = Pick<Tx, "article" | "claim" | "event">;

const person = { select: { name: true, email: true } } as const;
const toPerson = (p: { name: string; email: string }): ExportPerson => ({ name: p.name, email: p.email });
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
 * Loads an article for export: its non-deleted claims in document order with sources,
 * comments (with authors) and history (Event rows with actor names). A handful of queries
 * whatever the number of claims. Takes the client as a parameter so tests can read a
 * second database. Returns null when the article does not exist or was deleted.
 * With `baseUrl`, a source without an external archive link cites Factdesk's own newest
 * archived copy (`<baseUrl>/archives/<id>`) beside its live URL.
 */
export async function loadExportInput(client: Client, articleId: string, opts: { baseUrl?: string } = {}): Promise<ExportInput | null> {
  const ownArchive = (id: string | null) => (opts.baseUrl && id ? `${opts.baseUrl.replace(/\/+$/, "")}/archives/${id}` : null);
  const article = await client.article.findFirst({ where: { id: articleId, deletedAt: null } });
  if (!article) return null;
  const claims = await client.claim.findMany({
    where: { articleId, deletedAt: null },
    orderBy: [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }],
    include: {
      assignee: person,
      createdBy: person,
      approvedBy: person,
      // Ties on createdAt (links made in the same millisecond) fall back to the URL, so
      // the order, and hence every export, is stable.
      sources: { include: { source: true }, orderBy: [{ createdAt: "asc" }, { source: { url: "asc" } }] },
      comments: { where: { deletedAt: null }, include: { author: person }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  const events = await client.event.findMany({
    where: { claimId: { in: claims.map((c) => c.id) } },
    orderBy: { id: "asc" },
    include: { actor: person },
  });
  const history = new Map<string, ExportEvent[]>();
  for (const e of events) {
    const list = history.get(e.claimId!) ?? [];
    list.push({ id: e.id, type: e.type, actor: e.actor ? toPerson(e.actor) : null, createdAt: e.createdAt.toISOString(), before: parseJson(e.before), after: parseJson(e.after), note: e.note });
    history.set(e.claimId!, list);
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
      anchorStatus: c.anchorStatus as AnchorStatus,
      claimant: c.claimant,
      normalized: c.normalized,
      verdict: c.verdict as Verdict,
      rationale: c.rationale,
      reviewState: c.reviewState as ReviewState,
      assignee: c.assignee ? toPerson(c.assignee) : null,
      createdBy: toPerson(c.createdBy),
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      approvedBy: c.approvedBy ? toPerson(c.approvedBy) : null,
      approvedAt: c.approvedAt?.toISOString() ?? null,
      sources: c.sources.map((cs) => ({
        id: cs.source.id,
        url: cs.source.url,
        title: cs.source.title,
        publisher: cs.source.publisher,
        excerpt: cs.excerpt,
        stance: cs.stance as Stance,
        accessedAt: isoDay(cs.source.accessedAt),
        archiveUrl: cs.source.archiveUrl ?? ownArchive(cs.source.lastArchiveId),
      })),
      comments: c.comments.map(
        (m): ExportComment => ({
          id: m.id,
          parentId: m.parentId,
          author: toPerson(m.author),
          body: m.body,
          createdAt: m.createdAt.toISOString(),
          editedAt: m.editedAt?.toISOString() ?? null,
          resolvedAt: m.resolvedAt?.toISOString() ?? null,
        }),
      ),
      history: history.get(c.id) ?? [],
    })),
  };
}
