import { serveEmbed } from "@/lib/publish/embed-route";

export const dynamic = "force-dynamic";

/** Embeddable card of one claim (by its number on the public page), for an iframe on another site. */
export async function GET(req: Request, ctx: { params: Promise<{ slug: string; claim: string }> }): Promise<Response> {
  const { slug, claim } = await ctx.params;
  return serveEmbed(req, slug, claim);
}
