import type { Actor } from "@/lib/domain/actor";
import { AppError } from "@/lib/domain/errors";
import { findPublicationByArticle, type PublicationRow } from "@/lib/data/publications";
import { pauseSchema, type PauseInput } from "@/lib/validation/publication";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { writeTransaction } from "@/lib/data/transaction";
import { pausePublishedPage } from "./support/withdraw-from-publication";

/** A reviewer takes a public page down: it answers 410 Gone with the note until republished. */
export async function pausePublication(actor: Actor, articleId: string, raw: PauseInput): Promise<PublicationRow> {
  authorize(actor, "publication.manage");
  const input = parseInput(pauseSchema, raw);
  return writeTransaction(async (tx) => {
    const current = await findPublicationByArticle(tx, articleId);
    if (!current) throw new AppError("not_found", "This article has not been published, so there is nothing to pause.");
    if (current.status === "paused") throw new AppError("conflict", "The public page is already paused. Republish it to bring it back.");
    return pausePublishedPage(tx, actor, current, input.note, new Date());
  });
}
