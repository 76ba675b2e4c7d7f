import { articleExists } from "@/lib/data/articles";
import { findDismissal, insertDismissal } from "@/lib/data/suggestions";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { dismissSuggestionSchema, type DismissSuggestionInput } from "@/lib/validation/revision";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { appendEvent } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";

/**
 * Remembers that a suggested sentence is not worth checking in this article, so it is not
 * suggested again (also after edits elsewhere: the key is the sentence's normalised text).
 * Dismissing twice is harmless and records one event.
 */
export async function dismissSuggestion(actor: Actor, articleId: string, raw: DismissSuggestionInput): Promise<{ key: string; dismissed: true }> {
  authorize(actor, "suggestion.dismiss");
  const { key } = parseInput(dismissSuggestionSchema, raw);
  return writeTransaction(async (tx) => {
    if (!(await articleExists(tx, articleId))) throw notFound("The article");
    if (await findDismissal(tx, articleId, key)) return { key, dismissed: true as const };
    const row = await insertDismissal(tx, actor, articleId, key);
    await appendEvent(tx, actor, { type: "suggestion.dismissed", targetType: "article", targetId: articleId, articleId, after: { key, dismissalId: row.id } });
    return { key, dismissed: true as const };
  });
}
