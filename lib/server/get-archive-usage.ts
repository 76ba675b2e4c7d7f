import { withDb } from "@/lib/data/handle";
import { archiveStorageUsage } from "@/lib/data/source-archives";
import type { Actor } from "@/lib/domain/actor";
import { archiveLimitBytes } from "@/lib/web/settings";
import { authorize } from "./support/authorize";
import type { ArchiveUsage } from "@/lib/contracts/settings";
export type { ArchiveUsage };

/** Archive storage used against its limit (admins). */
export async function getArchiveUsage(actor: Actor): Promise<ArchiveUsage> {
  authorize(actor, "settings.manage");
  return { ...(await withDb(archiveStorageUsage)), limitBytes: archiveLimitBytes() };
}
