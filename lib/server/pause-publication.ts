import type { Actor } from "@/lib/domain/actor";
import { AppError } from "@/lib/domain/errors";
import { findPublicationByArticle, pausePublicationRow, type PublicationRow } from "@/lib/data/publications";
import { pauseSchema, type PauseInput } from "@/lib/validation/publication";
import { appendEvent } from "./support/append-event";
import { authorize } from "./support/authorize";
import { writeTransaction } from "./support/write";

/** A reviewer takes a public page down: it answers 410 Gone with the note until republished. */
export async function pausePublication(actor: Actor, articleId: string, raw: PauseInput): Promise<PublicationRow> {
  authorize(actor, "publication.manage");
  const input = pauseSchema.parse(raw);
  return writeTransaction(async (tx) => {
    const current = await findPublicationByArticle(tx, articleId);
    if (!current) throw new AppError("not_found", "This article has not been published, so there is nothing to pause.");
    if (current.status === "paused") throw new AppError("conflict", "The public page is already paused. Republish it to bring it back.");
    const row = await pausePublicationRow(tx, current.id, input.note, new Date());
    await appendEvent(tx, actor, {
      type: "publication.paused",
      targetType: "article",
      targetId: articleId,
      articleId,
      before: { status: "published", version: current.version },
      after: { slug: row.slug, status: "paused", version: row.version },
      note: input.note,
    });
    return row;
  });
}
