import type { Actor } from "@/lib/domain/actor";
import { docToPlainText } from "@/lib/anchoring";
import { bodyToDoc } from "@/lib/import";
import { createArticleSchema, type CreateArticleInput } from "@/lib/validation/article";
import { authorize } from "./support/authorize";
import { appendEvent } from "./support/append-event";
import { writeTransaction } from "./support/write";
import { invalid } from "@/lib/domain/errors";

/**
 * An editor adds an article. The body (plain text, Markdown or HTML, sanitised) becomes a
 * Tiptap document; its plain-text projection is stored beside it for anchoring. The first
 * revision is recorded so the revision list starts at the original text.
 */
export async function createArticle(actor: Actor, raw: CreateArticleInput): Promise<{ id: string; version: number }> {
  authorize(actor, "article.create");
  const input = createArticleSchema.parse(raw);
  const doc = bodyToDoc(input.body, input.bodyFormat);
  const text = docToPlainText(doc);
  if (text.trim() === "") throw invalid("The article body has no readable text.", { body: "The article body has no readable text." });
  const docJson = JSON.stringify(doc);
  return writeTransaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        title: input.title,
        publisher: input.publisher ?? null,
        byline: input.byline ?? null,
        url: input.url ?? null,
        fetchedAt: input.fetchedAt ?? null,
        publishedAt: input.publishedAt ?? null,
        doc: docJson,
        text,
        createdById: actor.id,
        revisions: { create: { number: 1, doc: docJson, text, note: "Original text", createdById: actor.id } },
      },
      select: { id: true, version: true, title: true },
    });
    await appendEvent(tx, actor, { type: "article.created", targetType: "article", targetId: article.id, articleId: article.id, after: { title: article.title } });
    return { id: article.id, version: article.version };
  });
}
