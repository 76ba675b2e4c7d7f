import { createHash } from "node:crypto";
import { withDb } from "@/lib/data/handle";
import { archiveStorageUsage, findSourceForArchive, insertArchive, type ArchiveSummary } from "@/lib/data/source-archives";
import type { Actor } from "@/lib/domain/actor";
import { AppError, notFound } from "@/lib/domain/errors";
import { archiveTextOf } from "@/lib/web/describe";
import { parseQueue, yieldToEventLoop } from "@/lib/web/queue";
import { archiveLimitBytes } from "@/lib/web/settings";
import { authorize } from "./support/authorize";
import { fetchWebPage } from "./support/fetch-web-page";
import { writeTransaction } from "@/lib/data/transaction";

const MB = 1024 * 1024;

/**
 * Fetches a source's page now and keeps the copy: the bytes, readable text, content type,
 * final URL, status, SHA-256 and fetch time. Earlier copies are kept. Refused when the copy
 * would take archive storage past FACTDESK_ARCHIVE_LIMIT_MB.
 */
export async function archiveSource(actor: Actor, sourceId: string, signal?: AbortSignal): Promise<ArchiveSummary> {
  authorize(actor, "source.link");
  const source = await withDb((client) => findSourceForArchive(client, sourceId));
  if (!source) throw notFound("The source");
  const limit = archiveLimitBytes();
  assertRoom((await withDb(archiveStorageUsage)).bytes, 0, limit);
  const page = await fetchWebPage(source.url, signal);
  const { title, text } = await parseQueue.run(async () => {
    await yieldToEventLoop();
    return archiveTextOf(page);
  });
  const sha256 = createHash("sha256").update(page.body).digest("hex");
  return writeTransaction(async (tx) => {
    // Checked again inside the write: another copy may have been stored during the fetch.
    assertRoom((await archiveStorageUsage(tx)).bytes, page.body.length, limit);
    return insertArchive(tx, {
      sourceId,
      requestedUrl: source.url,
      finalUrl: page.finalUrl,
      httpStatus: page.status,
      contentType: page.contentType,
      sha256,
      body: page.body,
      text,
      title,
      fetchedAt: page.fetchedAt,
      createdById: actor.id,
    });
  });
}

function assertRoom(used: number, adding: number, limit: number): void {
  if (used + adding <= limit && used < limit) return;
  throw new AppError(
    "conflict",
    `Archive storage is full (${(used / MB).toFixed(1)} MB of ${(limit / MB).toFixed(0)} MB used${adding ? `; this copy needs ${(adding / MB).toFixed(1)} MB` : ""}). Ask an administrator to raise FACTDESK_ARCHIVE_LIMIT_MB.`,
    undefined,
    { used, limit },
  );
}
