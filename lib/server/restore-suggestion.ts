import { articleExists } from "@/lib/data/articles";
import { deleteDismissal } from "@/lib/data/suggestions";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { dismissSuggestionSchema, type DismissSuggestionInput } from "@/lib/validation/revision";
import { parseInput } from "@/lib/validation/parse-once";
import { authorize } from "./support/authorize";
import { appendEvent } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";

/**
 * Undoes a dismissal: the sentence is suggested again. Same permission as dismissing.
 * Restoring a sentence that is not dismissed is harmless and records nothing.
 */
export async function restoreSuggestion(actor: Actor, articleId: string, raw: DismissSuggestionInput): Promise<{ key: string; dismissed: false }> {
  authorize(actor, "suggestion.dismiss");
  const { key } = parseInput(dismissSuggestionSchema, raw);
  return writeTransaction(async (tx) => {
    if (!(await articleExists(tx, articleId))) throw notFound("The article");
    const removed = await deleteDismissal(tx, articleId, key);
    if (removed) {
      await appendEvent(tx, actor, { type: "suggestion.restored", targetType: "article", targetId: articleId, articleId, before: { key, dismissalId: removed.id } });
    }
    return { key, dismissed: false as const };
  });
}
