import { readPublicPageHead, readPublicSnapshot } from "@/lib/data/publications";
import type { PublishedFactCheck } from "@/lib/publish/snapshot";

/**
 * A public fact-check page as readers get it, without signing in. There is nothing to
 * authorise: the snapshot holds only what was published. Snapshots are immutable per
 * version, so the parsed one is kept in memory and checked against the row's version and
 * update time on every request (one indexed lookup), which also sees a pause or republish
 * made by another instance.
 */
export type PublicFactCheck =
  | { status: "published"; key: string; snapshot: PublishedFactCheck }
  | { status: "paused"; key: string; title: string; organisationName: string; note: string }
  | { status: "missing" };

const cache = new Map<string, { key: string; snapshot: PublishedFactCheck }>();
const MAX_CACHED = 500;

export async function readPublicFactCheck(slug: string): Promise<PublicFactCheck> {
  const head = await readPublicPageHead(slug);
  if (!head) return { status: "missing" };
  const key = `${head.id}.${head.version}.${head.status}.${head.updatedAt}`;
  let entry = cache.get(slug);
  if (!entry || entry.key !== key) {
    const snapshot = await readPublicSnapshot(head.id);
    if (!snapshot) return { status: "missing" };
    entry = { key, snapshot };
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(slug, entry);
  }
  if (head.status === "paused") {
    return { status: "paused", key, title: entry.snapshot.title, organisationName: entry.snapshot.organisation.name, note: head.pauseNote ?? "" };
  }
  return { status: "published", key, snapshot: entry.snapshot };
}
