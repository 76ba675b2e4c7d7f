import type { NextRequest } from "next/server";
import { json, route } from "@/lib/http/route";
import { getOEmbed } from "@/lib/server/get-oembed";

/** oEmbed provider endpoint (https://oembed.com): public, no sign-in, JSON only. */
export const GET = route(async (req: NextRequest) => {
  const format = req.nextUrl.searchParams.get("format");
  // The oEmbed spec answers 501 for a format the provider does not serve.
  if (format && format !== "json") return json({ error: { code: "not_implemented", message: "Only format=json is served." } }, 501);
  const embed = getOEmbed(Object.fromEntries(req.nextUrl.searchParams));
  return json(embed, 200, { "cache-control": "public, max-age=60", "access-control-allow-origin": "*" });
});
