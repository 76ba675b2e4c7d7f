import type { NextRequest } from "next/server";
import { json, readJson, requireActor, route } from "@/lib/http/route";
import { createArticleSchema } from "@/lib/validation/article";
import { createArticle } from "@/lib/server/create-article";
import { listArticles } from "@/lib/server/list-articles";

export const GET = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  return json({ articles: await listArticles(actor) });
});

export const POST = route(async (req: NextRequest) => {
  const actor = await requireActor(req);
  const input = await readJson(req, createArticleSchema, 4_000_000);
  return json(await createArticle(actor, input), 201);
});
