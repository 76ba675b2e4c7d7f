import type { Actor } from "@/lib/domain/actor";
import { AppError, notFound } from "@/lib/domain/errors";
import { slugify } from "@/lib/export/file-name";
import { findPublicationByArticle, insertPublication, replacePublicationSnapshot, slugTaken, type PublicationRow } from "@/lib/data/publications";
import type { Tx } from "@/lib/data/transaction";
import { buildSnapshot, correctionChanges, publishedClaims } from "@/lib/publish/snapshot";
import { publishSchema, type PublishInput } from "@/lib/validation/publication";
import { parseInput } from "@/lib/validation/parse-once";
import { appendEvent } from "@/lib/data/events";
import { authorize } from "./support/authorize";
import { loadExportInput } from "@/lib/data/exports";
import { readPublicationContext } from "./support/publication-context";
import { writeTransaction } from "@/lib/data/transaction";

/**
 * A reviewer publishes (or republishes) an article's approved claims as its public page.
 * The page is a snapshot taken now. A republish that changes a published rating or
 * rationale, or withdraws a claim, is a correction: it needs a note (422 listing the
 * changes otherwise) and is added to the page's dated corrections log.
 */
export async function publishArticle(actor: Actor, articleId: string, raw: PublishInput): Promise<PublicationRow> {
  authorize(actor, "publication.manage");
  const input = parseInput(publishSchema, raw);
  return writeTransaction(async (tx) => {
    const now = new Date();
    const exportInput = await loadExportInput(tx, articleId);
    if (!exportInput) throw notFound("The article");
    const previous = await findPublicationByArticle(tx, articleId);
    const slug = previous?.slug ?? (await freeSlug(tx, exportInput.article.title));
    const ctx = await readPublicationContext(tx, slug, now);
    const claims = publishedClaims(exportInput, ctx);
    if (claims.length === 0) {
      throw new AppError("invalid", "Nothing to publish yet: approve at least one claim first. Only approved claims appear on the public page.");
    }
    const changes = previous ? correctionChanges(previous.snapshot.claims, claims) : [];
    const note = input.correctionNote ?? null;
    if (changes.length > 0 && !note) {
      throw new AppError(
        "invalid",
        "This republish changes what readers were told. Add a correction note saying what changed and why; it appears in the page's corrections log.",
        { correctionNote: "A correction note is required." },
        { changes },
      );
    }
    const snapshot = buildSnapshot(
      { title: exportInput.article.title, publisher: exportInput.article.publisher, byline: exportInput.article.byline, url: exportInput.article.url, publishedAt: exportInput.article.publishedAt },
      claims,
      ctx,
      previous?.snapshot ?? null,
      changes.length > 0 && note ? { note, changes } : null,
    );
    const row = previous ? await replacePublicationSnapshot(tx, previous.id, snapshot, now) : await insertPublication(tx, { articleId, slug, snapshot, at: now });
    await appendEvent(tx, actor, {
      type: previous ? "publication.republished" : "publication.published",
      targetType: "article",
      targetId: articleId,
      articleId,
      before: previous ? { version: previous.version, status: previous.status, claims: previous.snapshot.claims.length } : undefined,
      after: { slug, version: row.version, status: row.status, claims: claims.length, corrected: changes.length > 0 },
      note: changes.length > 0 ? note : null,
    });
    return row;
  });
}

/** The title's slug, or the first free "-2", "-3"… variant: a slug never moves once given. */
async function freeSlug(tx: Pick<Tx, "publication">, title: string): Promise<string> {
  const base = slugify(title) || "fact-check";
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(tx, candidate))) return candidate;
  }
}
