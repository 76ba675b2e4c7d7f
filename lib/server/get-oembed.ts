import { AppError } from "@/lib/domain/errors";
import { buildOEmbed, parseFactCheckUrl, type OEmbedRich } from "@/lib/publish/oembed";
import { oembedQuerySchema, type OEmbedQueryInput } from "@/lib/validation/publication";
import { parseInput } from "@/lib/validation/parse-once";
import { readPublicFactCheck } from "./read-public-fact-check";

/** oEmbed for a published fact-check or one of its claims. Public by design: it reads snapshots only. */
export async function getOEmbed(raw: OEmbedQueryInput): Promise<OEmbedRich> {
  const query = parseInput(oembedQuerySchema, raw);
  if (query.format !== undefined && query.format !== "json") throw new AppError("not_implemented", "Only format=json is served.");
  const target = parseFactCheckUrl(query.url);
  if (!target) throw new AppError("not_found", "That address is not a published fact-check of this site.");
  const found = await readPublicFactCheck(target.slug);
  if (found.status !== "published") throw new AppError("not_found", "No published fact-check at that address (it may be paused).");
  const embed = buildOEmbed(found.snapshot, target.claim, { width: query.maxwidth, height: query.maxheight });
  if (!embed) throw new AppError("not_found", "That claim is not on the published fact-check.");
  return embed;
}
