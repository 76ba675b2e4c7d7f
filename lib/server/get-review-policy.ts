import { withDb } from "@/lib/data/handle";
import { readSettings } from "@/lib/data/settings";
import type { Actor } from "@/lib/domain/actor";
import { authorize } from "./support/authorize";

/**
 * The review rules in force, for any reader: the workbench uses them to disable a button
 * the server would refuse (four-eyes) and say why. The server checks again on every step.
 */
export async function getReviewPolicy(actor: Actor): Promise<{ fourEyes: boolean }> {
  authorize(actor, "article.read");
  const settings = await withDb(readSettings);
  return { fourEyes: settings.fourEyes };
}
