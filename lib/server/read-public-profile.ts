import { withDb } from "@/lib/data/handle";
import { publicBaseUrl } from "@/lib/publish/base-url";
import { readSettings } from "@/lib/data/settings";

/** The organisation name and public address, for public listings (feed, oEmbed). Public by design. */
export async function readPublicProfile(): Promise<{ name: string; baseUrl: string; url: string }> {
  const settings = await withDb((db) => readSettings(db));
  const base = publicBaseUrl(settings);
  return { name: settings.organisationName, baseUrl: base, url: settings.organisationUrl ?? base };
}
