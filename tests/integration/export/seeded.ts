import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { EXAMPLE_CLAIMS } from "@/prisma/seed/example-claims";

/** When the seeded rows were "made": the seed stamps them with now(), which golden files cannot hold. */
export const SEEDED_AT = new Date("2026-01-05T09:00:00.000Z");
export const APPROVED_AT = new Date("2026-01-06T15:30:00.000Z");
export const GENERATED_AT = "2026-01-07T08:00:00.000Z";
export const BASE_URL = "http://localhost:3000";

/**
 * Seeds the demo data and pins every timestamp the seed takes from the clock, so the
 * exports of the sample article are the same on every run. Links get distinct times in
 * the order the seed lists them (their order in the exports).
 */
export async function seedPinned(db: PrismaClient): Promise<string> {
  const { articleId } = await seedDemo(db);
  await db.article.updateMany({ where: { id: articleId }, data: { createdAt: SEEDED_AT, updatedAt: SEEDED_AT } });
  await db.articleRevision.updateMany({ where: { articleId }, data: { createdAt: SEEDED_AT, updatedAt: SEEDED_AT } });
  await db.claim.updateMany({ where: { articleId }, data: { createdAt: SEEDED_AT, updatedAt: SEEDED_AT } });
  await db.claim.updateMany({ where: { articleId, reviewState: "approved" }, data: { approvedAt: APPROVED_AT, updatedAt: APPROVED_AT } });
  await db.event.updateMany({ where: { articleId }, data: { createdAt: SEEDED_AT, updatedAt: SEEDED_AT } });
  await db.event.updateMany({ where: { articleId, type: "review.approved" }, data: { createdAt: APPROVED_AT, updatedAt: APPROVED_AT } });
  const links = await db.claimSource.findMany({ where: { claim: { articleId } }, include: { source: true, claim: true } });
  for (const link of links) {
    const example = EXAMPLE_CLAIMS.findIndex((c) => c.exact === link.claim.exact);
    const position = EXAMPLE_CLAIMS[example].sources.findIndex((s) => s.url === link.source.url);
    await db.claimSource.update({
      where: { claimId_sourceId: { claimId: link.claimId, sourceId: link.sourceId } },
      data: { createdAt: new Date(SEEDED_AT.getTime() + example * 1000 + position) },
    });
  }
  return articleId;
}

/**
 * Replaces database ids (which differ on every run) by stable names: the article, its
 * claims in document order, sources by URL order. Plain string replacement is safe
 * because cuids never occur by accident in other text.
 */
export async function idMasker(db: PrismaClient, articleId: string): Promise<(text: string) => string> {
  const claims = await db.claim.findMany({ where: { articleId }, orderBy: [{ start: "asc" }, { end: "asc" }], select: { id: true } });
  const sources = await db.source.findMany({ where: { claims: { some: { claim: { articleId } } } }, orderBy: { url: "asc" }, select: { id: true } });
  const names = new Map<string, string>([[articleId, "ARTICLE-ID"]]);
  claims.forEach((c, i) => names.set(c.id, `CLAIM-${i + 1}-ID`));
  sources.forEach((s, i) => names.set(s.id, `SOURCE-${i + 1}-ID`));
  return (text) => {
    let out = text;
    for (const [id, name] of names) out = out.split(id).join(name);
    return out;
  };
}
