import { withDb } from "@/lib/data/handle";
import { findArchiveBytes } from "@/lib/data/source-archives";
import type { Actor } from "@/lib/domain/actor";
import { notFound } from "@/lib/domain/errors";
import { authorize } from "./support/authorize";

/** The bytes of an archived copy as they were fetched. The route serves them sandboxed. */
export async function readArchivedBytes(actor: Actor, archiveId: string): Promise<{ body: Buffer; contentType: string; finalUrl: string }> {
  authorize(actor, "article.read");
  const copy = await withDb((client) => findArchiveBytes(client, archiveId));
  if (!copy) throw notFound("The archived copy");
  return copy;
}
