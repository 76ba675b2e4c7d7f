import type { Tx } from "@/lib/data/transaction";
import { renderMarkdown } from "@/lib/markdown";
import { publicBaseUrl } from "@/lib/publish/base-url";
import type { SnapshotContext } from "@/lib/publish/snapshot";
import { readRatingScale } from "./rating-scale";
import { readSettings } from "@/lib/data/settings";

/** Everything a snapshot needs from the newsroom settings, read in the caller's transaction. */
export async function readPublicationContext(tx: Pick<Tx, "setting">, slug: string, now: Date): Promise<SnapshotContext> {
  // In turn, not in parallel: one transaction is one connection (node-postgres deprecates overlapping queries).
  const settings = await readSettings(tx);
  const scale = await readRatingScale(tx);
  const base = publicBaseUrl(settings);
  return {
    slug,
    baseUrl: base,
    scale,
    now: now.toISOString(),
    renderRationale: renderMarkdown,
    organisation: {
      name: settings.organisationName,
      url: settings.organisationUrl ?? base,
      logoUrl: settings.organisationLogoUrl,
      methodology: settings.methodology,
      correctionsPolicy: settings.correctionsPolicy,
    },
  };
}
