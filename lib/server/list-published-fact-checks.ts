import { withDb } from "@/lib/data/handle";
import { listLivePublications } from "@/lib/data/publications";
import type { PublishedFactCheck } from "@/lib/publish/snapshot";

/** Live public fact-checks, newest first, for the Atom feed and the sitemap (public: snapshots only). */
export async function listPublishedFactChecks(limit = 500): Promise<PublishedFactCheck[]> {
  return (await withDb((db) => listLivePublications(db, limit))).map((row) => row.snapshot);
}
