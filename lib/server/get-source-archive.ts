import { withDb } from "@/lib/data/handle";
import { findArchiveWithText, type ArchiveWithText } from "@/lib/data/source-archives";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";

/** One archived copy with its readable text. */
export async function getSourceArchive(actor: Actor, archiveId: string): Promise<ArchiveWithText> {
  authorize(actor, "article.read");
  const archive = await withDb((client) => findArchiveWithText(client, archiveId));
  if (!archive) throw notFound("The archived copy");
  return archive;
}
