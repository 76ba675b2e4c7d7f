import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { buildAnchor, docToPlainText } from "@/lib/anchoring";
import { bodyToDoc } from "@/lib/import";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { EXAMPLE_CLAIMS } from "./example-claims";

export const SAMPLE_ARTICLE_URL =
  "https://www.dailymail.co.uk/news/article-9390483/Putin-slams-Bidens-refusal-hold-online-talks-missed-opportunity.html";

/** Splits the sample file: first line is the title; "No comments" is page furniture. */
export function parseSampleArticle(raw: string): { title: string; body: string } {
  const lines = raw.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter(Boolean);
  const [title, ...rest] = lines;
  const body = rest.filter((l) => !/^no comments$/i.test(l)).join("\n");
  return { title: title ?? "Untitled", body };
}

/**
 * Seeds demo accounts, the sample article and worked example claims. Idempotent: users are
 * upserted by email, the article is found by its title, and claims are only added when the
 * article is created, so running it twice creates no duplicates.
 */
export async function seedDemo(db: PrismaClient, options: { articleFile?: string } = {}): Promise<{ articleId: string; createdArticle: boolean }> {
  const users = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    const id = existing
      ? existing.id
      : (await db.user.create({ data: { email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) } })).id;
    users.set(account.role === "editor" && users.has("editor") ? "editor2" : account.role, id);
  }
  await db.setting.upsert({ where: { key: "organisation.name" }, create: { key: "organisation.name", value: "Factdesk Demo Newsroom" }, update: {} });
  // No organisation URL: ClaimReview `author.url` falls back to the public address (profile, else
  // NEXTAUTH_URL) instead of a hard-coded localhost that is wrong on every real deployment.

  const file = options.articleFile ?? path.join(process.cwd(), "prisma", "seed", "article.txt");
  const { title, body } = parseSampleArticle(readFileSync(file, "utf8"));
  const found = await db.article.findFirst({ where: { title }, select: { id: true } });
  if (found) return { articleId: found.id, createdArticle: false };

  const editorId = users.get("editor")!;
  const reviewerId = users.get("reviewer")!;
  const doc = bodyToDoc(body, "text");
  const text = docToPlainText(doc);
  const docJson = JSON.stringify(doc);
  const articleId = await db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        title,
        publisher: "Daily Mail",
        byline: "Associated Press and Daily Mail reporters",
        url: SAMPLE_ARTICLE_URL,
        publishedAt: new Date("2021-03-22T00:00:00Z"),
        doc: docJson,
        text,
        createdById: editorId,
        revisions: { create: { number: 1, doc: docJson, text, note: "Original text", createdById: editorId } },
      },
    });
    await tx.event.create({ data: { type: "article.created", actorId: editorId, targetType: "article", targetId: article.id, articleId: article.id, after: JSON.stringify({ title }) } });
    for (const example of EXAMPLE_CLAIMS) {
      const start = text.indexOf(example.exact);
      if (start < 0) throw new Error(`Seed claim not found in the sample article: ${example.exact}`);
      const anchor = buildAnchor(text, start, start + example.exact.length);
      const approved = example.reviewState === "approved";
      const claim = await tx.claim.create({
        data: {
          articleId: article.id,
          ...anchor,
          claimant: example.claimant,
          normalized: example.normalized,
          verdict: example.verdict,
          rationale: example.rationale,
          reviewState: example.reviewState,
          verdictSetById: editorId,
          approvedById: approved ? reviewerId : null,
          approvedAt: approved ? new Date() : null,
          assigneeId: editorId,
          createdById: editorId,
          updatedById: approved ? reviewerId : editorId,
        },
      });
      for (const s of example.sources) {
        const source = await tx.source.upsert({
          where: { url: s.url },
          create: { url: s.url, title: s.title, publisher: s.publisher, accessedAt: new Date(s.accessedAt + "T00:00:00Z"), createdById: editorId },
          update: {},
        });
        await tx.claimSource.create({ data: { claimId: claim.id, sourceId: source.id, stance: s.stance, excerpt: s.excerpt, createdById: editorId } });
      }
      await tx.event.create({
        data: { type: "claim.created", actorId: editorId, targetType: "claim", targetId: claim.id, articleId: article.id, claimId: claim.id, after: JSON.stringify({ exact: example.exact, verdict: example.verdict }) },
      });
      if (approved) {
        await tx.event.create({
          data: { type: "review.approved", actorId: reviewerId, targetType: "claim", targetId: claim.id, articleId: article.id, claimId: claim.id, before: JSON.stringify({ reviewState: "needs_review" }), after: JSON.stringify({ reviewState: "approved" }), note: "Checked against the Treasury press release." },
        });
      }
    }
    return article.id;
  });
  return { articleId, createdArticle: true };
}
