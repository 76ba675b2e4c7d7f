import { withDb } from "@/lib/data/handle";
import { findSourceForArchive, listArchivesOfSource, type ArchiveSummary } from "@/lib/data/source-archives";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";

/** Every archived copy of a source, newest first (bytes not included). */
export async function listSourceArchives(actor: Actor, sourceId: string): Promise<ArchiveSummary[]> {
  authorize(actor, "article.read");
  return withDb(async (client) => {
    if (!(await findSourceForArchive(client, sourceId))) throw notFound("The source");
    return listArchivesOfSource(client, sourceId);
  });
}
