import { serveEmbed } from "@/lib/publish/embed-route";

export const dynamic = "force-dynamic";

/** Embeddable card of every claim of a published fact-check (for an iframe on another site). */
export async function GET(req: Request, ctx: { params: Promise<{ slug: string }> }): Promise<Response> {
  return serveEmbed(req, (await ctx.params).slug, null);
}
