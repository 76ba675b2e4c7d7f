import type { Actor } from "@/lib/domain/actor";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";

export const ARTICLE_BODY = [
  "The minister said inflation fell to 3 percent in March.",
  "Critics say the figure ignores food prices, which rose 9 percent.",
  "The central bank expects growth of 1.5 percent next year.",
].join("\n");

/** An article with one claim per sentence, created through the real use cases. */
export async function makeArticleWithClaims(editor: Actor) {
  const { id: articleId } = await createArticle(editor, { title: "Inflation check " + Math.random().toString(36).slice(2), body: ARTICLE_BODY });
  const inflation = await createClaim(editor, articleId, { exact: "inflation fell to 3 percent in March" });
  const food = await createClaim(editor, articleId, { exact: "food prices, which rose 9 percent" });
  return { articleId, inflation, food };
}
