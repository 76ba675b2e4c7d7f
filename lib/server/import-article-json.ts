import type { Actor } from "@/lib/domain/actor";
import { invalid } from "@/lib/domain/errors";
import { normaliseSourceUrl } from "@/lib/domain/source-url";
import { parseFactdeskJson, type FactdeskDocument } from "@/lib/export/factdesk-schema";
import { authorize } from "./support/authorize";
import { appendEvent } from "./support/append-event";
import { writeTransaction } from "./support/write";
import { emailsIn, placeImportedAnchor, sanitiseImportedDoc, threadOrder, verdictSetterEmail } from "./support/imported-article";

export interface ImportResult {
  id: string;
  title: string;
  claims: number;
  /** Claims whose quote is not in the imported text; kept and flagged. */
  orphaned: number;
  /** People named in the file with no account here (matched by email); their comments are attributed to the importer, with their name in the text. */
  unmatchedPeople: string[];
}

const isHttp = (value: string | null | undefined): boolean => {
  if (!value) return false;
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && !!u.hostname;
  } catch {
    return false;
  }
};

const date = (iso: string | null | undefined) => (iso ? new Date(iso.length === 10 ? iso + "T00:00:00Z" : iso) : null);

/**
 * Recreates an exported article (factdesk/1 JSON) as a NEW article: text and document,
 * revision 1, claims with re-resolved anchors and their verdicts, rationale and review
 * state, sources (reused by URL), stances and excerpts, threaded comments and history.
 * People are matched to accounts by email; the importer stands in for anyone unknown.
 * Everything happens in one transaction: a failure leaves nothing behind.
 */
export async function importArticleJson(actor: Actor, raw: unknown): Promise<ImportResult> {
  authorize(actor, "article.create");
  const parsed = parseFactdeskJson(raw);
  if (!parsed.ok) throw invalid(parsed.message);
  const document: FactdeskDocument = parsed.value;
  const { doc, text } = sanitiseImportedDoc(document.article);
  const docJson = JSON.stringify(doc);
  document.claims.forEach((c) =>
    c.sources.forEach((s) => {
      if (!isHttp(s.url)) throw invalid(`Claim ${c.number} cites a source whose address is not a web link (${s.url.slice(0, 80)}). Fix the file and import it again.`);
    }),
  );
  const anchors = document.claims.map((c) => placeImportedAnchor(text, c.anchor));

  return writeTransaction(async (tx) => {
    const users = await tx.user.findMany({ where: { email: { in: emailsIn(document) } }, select: { id: true, email: true, role: true, active: true } });
    const byEmail = new Map(users.map((u) => [u.email.toLowerCase(), u]));
    const unmatched = new Set<string>();
    const userFor = (p: { name: string; email?: string } | null) => {
      if (!p) return null;
      const found = p.email ? byEmail.get(p.email.trim().toLowerCase()) : undefined;
      if (!found) unmatched.add(p.name);
      return found ?? null;
    };

    const a = document.article;
    const article = await tx.article.create({
      data: {
        title: a.title.slice(0, 300),
        publisher: a.publisher,
        byline: a.byline,
        url: isHttp(a.url) ? a.url!.trim() : null,
        publishedAt: date(a.publishedAt),
        doc: docJson,
        text,
        createdById: actor.id,
        revisions: { create: { number: 1, doc: docJson, text, note: `Imported from a Factdesk export (${document.format})`, createdById: actor.id } },
      },
      select: { id: true, title: true },
    });

    const now = Date.now();
    for (const [index, c] of document.claims.entries()) {
      const assignee = userFor(c.assignee);
      const approver = userFor(c.approvedBy);
      const setterEmail = verdictSetterEmail(c);
      const claim = await tx.claim.create({
        data: {
          articleId: article.id,
          ...anchors[index],
          claimant: c.claimant,
          normalized: c.normalized,
          verdict: c.verdict,
          rationale: c.rationale,
          reviewState: c.reviewState,
          assigneeId: assignee && assignee.active && assignee.role !== "viewer" ? assignee.id : null,
          verdictSetById: setterEmail ? byEmail.get(setterEmail)?.id ?? null : null,
          approvedById: c.reviewState === "approved" ? approver?.id ?? null : null,
          approvedAt: c.reviewState === "approved" ? date(c.approvedAt) ?? new Date() : null,
          createdById: userFor(c.createdBy)?.id ?? actor.id,
          updatedById: actor.id,
          createdAt: new Date(c.createdAt),
        },
        select: { id: true },
      });

      const linked = new Set<string>();
      for (const [i, s] of c.sources.entries()) {
        const url = normaliseSourceUrl(s.url);
        const source = await tx.source.upsert({
          where: { url },
          create: { url, title: s.title || url, publisher: s.publisher, accessedAt: date(s.accessedAt), archiveUrl: isHttp(s.archiveUrl) ? s.archiveUrl : null, createdById: actor.id },
          update: {},
          select: { id: true },
        });
        if (linked.has(source.id)) continue;
        linked.add(source.id);
        // Distinct link times keep the file's source order (links are listed by time).
        await tx.claimSource.create({ data: { claimId: claim.id, sourceId: source.id, stance: s.stance, excerpt: s.excerpt, createdById: actor.id, createdAt: new Date(now + i) } });
      }

      const newIds = new Map<string, string>();
      for (const { comment, rootId } of threadOrder(c.comments)) {
        const author = userFor(comment.author);
        const created = await tx.comment.create({
          data: {
            claimId: claim.id,
            parentId: rootId ? newIds.get(rootId) ?? null : null,
            authorId: author?.id ?? actor.id,
            body: author ? comment.body : `[Originally written by ${comment.author.name}] ${comment.body}`,
            createdAt: new Date(comment.createdAt),
            editedAt: date(comment.editedAt),
            resolvedAt: date(comment.resolvedAt),
          },
          select: { id: true },
        });
        newIds.set(comment.id, created.id);
      }

      // The claim's history travels with it, at its original times, so the audit trail
      // of the work is not lost; the import itself is recorded below.
      for (const e of c.history) {
        await tx.event.create({
          data: {
            type: e.type, actorId: userFor(e.actor)?.id ?? null, targetType: "claim", targetId: claim.id, articleId: article.id, claimId: claim.id,
            before: e.before === null || e.before === undefined ? null : JSON.stringify(e.before),
            after: e.after === null || e.after === undefined ? null : JSON.stringify(e.after),
            note: e.note, createdAt: new Date(e.createdAt),
          },
        });
      }
    }

    const orphaned = anchors.filter((x) => x.anchorStatus === "orphan").length;
    await appendEvent(tx, actor, {
      type: "article.imported",
      targetType: "article",
      targetId: article.id,
      articleId: article.id,
      after: { title: article.title, format: document.format, exportedAt: document.exportedAt, claims: document.claims.length, orphaned },
    });
    return { id: article.id, title: article.title, claims: document.claims.length, orphaned, unmatchedPeople: [...unmatched].sort() };
  });
}
