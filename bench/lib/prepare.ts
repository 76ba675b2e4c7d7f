import { generateArticle, generateSpans } from "./generate";
import type { LoadFixtures, Phrase } from "./scenario";

export interface BenchData extends LoadFixtures {
  bigArticleId: string;
  bigClaimCount: number;
  editorEmail: string;
  editorPassword: string;
}

/**
 * Fills a migrated + seeded database (DATABASE_URL must point at it before this runs) with
 * the benchmark data: four editors with API tokens, five working articles, and the big
 * article (30,000 words, 2,000 claims, some overlapping).
 */
export async function prepareBenchData(): Promise<BenchData> {
  const { db } = await import("@/lib/data/client");
  const { createApiToken } = await import("@/lib/server/create-api-token");
  const { createArticle } = await import("@/lib/server/create-article");
  const { buildAnchor } = await import("@/lib/anchoring");
  const { hashPassword } = await import("@/lib/auth/password");

  const passwordHash = await hashPassword("bench-password");
  const tokens: string[] = [];
  const actors: import("@/lib/domain/actor").Actor[] = [];
  for (let i = 1; i <= 4; i++) {
    const user = await db.user.upsert({
      where: { email: `bench-editor${i}@factdesk.test` },
      create: { email: `bench-editor${i}@factdesk.test`, name: `Bench Editor ${i}`, role: "editor", passwordHash },
      update: {},
    });
    const actor = { id: user.id, name: user.name, email: user.email, role: "editor" as const, via: "system" as const };
    actors.push(actor);
    tokens.push((await createApiToken(actor, { name: "bench" })).token);
  }

  const articles: { id: string; phrases: Phrase[] }[] = [];
  for (let a = 0; a < 5; a++) {
    const body = generateArticle(1500, 100 + a);
    const { id } = await createArticle(actors[0], { title: `Bench article ${a + 1}`, body });
    const text = (await db.article.findUniqueOrThrow({ where: { id }, select: { text: true } })).text;
    const phrases = generateSpans(text, 300, 200 + a).map((s) => ({ exact: text.slice(s.start, s.end), start: s.start, end: s.end }));
    articles.push({ id, phrases });
  }

  const bigBody = generateArticle(30_000, 7);
  const big = await createArticle(actors[0], { title: "Big article (30,000 words)", body: bigBody });
  const bigText = (await db.article.findUniqueOrThrow({ where: { id: big.id }, select: { text: true } })).text;
  const spans = generateSpans(bigText, 2000, 8);
  const verdicts = ["unchecked", "verified", "disputed", "misleading", "false", "unverifiable"];
  await db.claim.createMany({
    data: spans.map((s, i) => ({
      articleId: big.id,
      ...buildAnchor(bigText, s.start, s.end),
      verdict: verdicts[i % verdicts.length],
      rationale: i % 3 === 0 ? "Checked against the official statistics." : "",
      createdById: actors[i % 4].id,
      updatedById: actors[i % 4].id,
    })),
  });
  await db.$disconnect();
  return { tokens, articles, bigArticleId: big.id, bigClaimCount: spans.length, editorEmail: "bench-editor1@factdesk.test", editorPassword: "bench-password" };
}
