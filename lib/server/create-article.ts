import type { Actor } from "@/lib/domain/actor";
import { docToPlainText } from "@/lib/anchoring";
import { bodyToDoc } from "@/lib/import";
import { createArticleSchema, type CreateArticleInput } from "@/lib/validation/article";
import { parseInput } from "@/lib/validation/parse-once";
import { insertArticle } from "@/lib/data/articles";
import { appendEvent } from "@/lib/data/events";
import { writeTransaction } from "@/lib/data/transaction";
import { authorize } from "./support/authorize";
import { invalid } from "@/lib/domain/errors";

/**
 * An editor adds an article. The body (plain text, Markdown or HTML, sanitised) becomes a
 * Tiptap document; its plain-text projection is stored beside it for anchoring. The first
 * revision is recorded so the revision list starts at the original text.
 */
export async function createArticle(actor: Actor, raw: CreateArticleInput): Promise<{ id: string; version: number }> {
  authorize(actor, "article.create");
  const input = parseInput(createArticleSchema, raw);
  const doc = bodyToDoc(input.body, input.bodyFormat);
  const text = docToPlainText(doc);
  if (text.trim() === "") throw invalid("The article body has no readable text.", { body: "The article body has no readable text." });
  const docJson = JSON.stringify(doc);
  return writeTransaction(async (tx) => {
    const article = await insertArticle(
      tx,
      actor,
      {
        title: input.title,
        publisher: input.publisher ?? null,
        byline: input.byline ?? null,
        url: input.url ?? null,
        fetchedAt: input.fetchedAt ?? null,
        publishedAt: input.publishedAt ?? null,
        doc: docJson,
        text,
      },
      "Original text",
    );
    await appendEvent(tx, actor, { type: "article.created", targetType: "article", targetId: article.id, articleId: article.id, after: { title: article.title } });
    return { id: article.id, version: article.version };
  });
}
