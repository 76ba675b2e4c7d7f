import { withDb } from "@/lib/data/handle";
import { archiveStorageUsage } from "@/lib/data/source-archives";
import type { Actor } from "@/lib/domain/actor";
import { archiveLimitBytes } from "@/lib/web/settings";
import { authorize } from "./support/authorize";
import type { ArchiveUsage } from "@/lib/contracts/settings";
export type { ArchiveUsage };

/** How much of the archive storage limit is used (admins). */
export async function getArchiveUsage(actor: Actor): Promise<ArchiveUsage> {
  authorize(actor, "settings.manage");
  return { ...(await withDb(archiveStorageUsage)), limitBytes: archiveLimitBytes() };
}
