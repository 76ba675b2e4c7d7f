import { db } from "@/lib/data/client";
import { listLivePublications } from "@/lib/data/publications";
import type { PublishedFactCheck } from "@/lib/publish/snapshot";

/** Live public fact-checks, newest first, for the Atom feed and the sitemap (public: snapshots only). */
export async function listPublishedFactChecks(limit = 500): Promise<PublishedFactCheck[]> {
  return (await listLivePublications(db, limit)).map((row) => row.snapshot);
}
