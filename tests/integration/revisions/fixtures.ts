import { buildAnchor } from "@/lib/anchoring";
import type { Actor } from "@/lib/domain/actor";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { db } from "../helpers";

/** An article created through the use case, as an editor would. */
export async function makeArticle(editor: Actor, body: string, title = "Test article") {
  const { id } = await createArticle(editor, { title, body, bodyFormat: "text" });
  return db.article.findUniqueOrThrow({ where: { id } });
}

/** Marks the first occurrence of `quote` as a claim through the use case. */
export async function markClaim(editor: Actor, articleId: string, quote: string, fields: { normalized?: string; claimant?: string; verdict?: "verified" | "false" | "disputed"; rationale?: string } = {}) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the article`);
  return createClaim(editor, articleId, { exact: quote, start, end: start + quote.length, ...fields });
}

/** Many claims at once (direct insert, for size tests): one per [start, end) range. */
export async function insertClaims(actor: Actor, articleId: string, text: string, ranges: Array<[number, number]>) {
  await db.claim.createMany({
    data: ranges.map(([s, e]) => ({ articleId, ...buildAnchor(text, s, e), createdById: actor.id, updatedById: actor.id })),
  });
  return db.claim.findMany({ where: { articleId }, orderBy: { start: "asc" } });
}

// mulberry32 (lib/suggest/model/random.ts): seeded, so a failing run can be replayed.
export { seededRandom as prng } from "@/lib/suggest/model/random";
