import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/data/client";
import type { Actor } from "@/lib/domain/actor";
import type { Role } from "@/lib/domain/enums";
import { renderJson } from "@/lib/export/json";
import type { FactdeskDocument } from "@/lib/export/factdesk-schema";
import type { ExportOptions } from "@/lib/export/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { importArticleJson } from "@/lib/server/import-article-json";
import { loadExportInput } from "@/lib/data/exports";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { db, freshDatabaseUrl } from "../helpers";
import { BASE_URL, GENERATED_AT, seedPinned } from "./seeded";

const OPTIONS: ExportOptions = { includeDrafts: true, organisation: { name: "Factdesk Demo Newsroom", url: BASE_URL }, baseUrl: BASE_URL, generatedAt: GENERATED_AT };

/** A second database, a fresh copy of the migrated template, as another newsroom's Factdesk. */
async function freshDatabase(): Promise<PrismaClient> {
  return createDb(await freshDatabaseUrl());
}

async function exportJson(client: PrismaClient, articleId: string): Promise<string> {
  return renderJson((await loadExportInput(client, articleId))!, OPTIONS);
}

/**
 * What must survive a round trip, without what may not: database ids (renamed in order of
 * appearance, so threading is still compared) and the times the import itself sets.
 */
function comparable(json: string): unknown {
  const doc = JSON.parse(json) as FactdeskDocument;
  const ids = new Map<string, string>();
  const rename = (id: string) => ids.get(id) ?? (ids.set(id, `id-${ids.size + 1}`), `id-${ids.size}`);
  return {
    ...doc,
    article: { ...doc.article, id: rename(doc.article.id), createdAt: "(import time)", updatedAt: "(import time)" },
    claims: doc.claims.map((c) => ({
      ...c,
      id: rename(c.id),
      updatedAt: "(import time)",
      sources: c.sources.map((s) => ({ ...s, id: rename(s.id) })),
      comments: c.comments.map((m) => ({ ...m, id: rename(m.id), parentId: m.parentId && rename(m.parentId) })),
      // History travels as provenance (Claim.importedHistory), not as events: compared apart.
      history: "(provenance)",
      // Review state follows the import rule: compared apart.
      reviewState: "(import rule)",
      approvedBy: "(import rule)",
      approvedAt: "(import rule)",
    })),
  };
}

let source: PrismaClient;
let sourceArticleId: string;

beforeAll(async () => {
  source = await freshDatabase();
  sourceArticleId = await seedPinned(source);
  // A discussion thread on the first claim, so threading and authors are carried too.
  const users = new Map((await source.user.findMany()).map((u) => [u.email, u.id]));
  const claim = await source.claim.findFirstOrThrow({ where: { articleId: sourceArticleId, reviewState: "needs_review" } });
  const root = await source.comment.create({ data: { claimId: claim.id, authorId: users.get("reviewer@factdesk.test")!, body: "Which interview? Add the ABC link.", createdAt: new Date("2026-01-05T10:00:00Z") } });
  await source.comment.create({ data: { claimId: claim.id, parentId: root.id, authorId: users.get("editor@factdesk.test")!, body: "Linked the ABC transcript.", createdAt: new Date("2026-01-05T10:05:00Z"), editedAt: new Date("2026-01-05T10:06:00Z") } });
  await source.comment.create({ data: { claimId: claim.id, authorId: users.get("editor2@factdesk.test")!, body: "Resolved elsewhere.", createdAt: new Date("2026-01-05T11:00:00Z"), resolvedAt: new Date("2026-01-05T12:00:00Z") } });
});

afterAll(async () => {
  await source.$disconnect();
});

/** The target (this file's own database) starts with accounts but no articles. */
async function targetAccounts(): Promise<Map<string, Actor>> {
  const actors = new Map<string, Actor>();
  for (const a of DEMO_ACCOUNTS) {
    const user = await db.user.upsert({ where: { email: a.email }, create: { email: a.email, name: a.name, role: a.role, passwordHash: "x" }, update: {} });
    actors.set(a.email, { id: user.id, name: user.name, email: user.email, role: user.role as Role, via: "session" });
  }
  return actors;
}

describe("factdesk/1 JSON round trip", () => {
  it("export → import into an empty database → export gives the same document up to ids and times", async () => {
    expect(await db.article.count()).toBe(0);
    const accounts = await targetAccounts();
    const first = await exportJson(source, sourceArticleId);

    // An admin re-importing an old export and keeping its approvals.
    const admin = accounts.get("admin@factdesk.test")!;
    const result = await importArticleJson(admin, first, { keepApprovals: true, fileName: "putin.json" });
    expect(result).toMatchObject({ claims: 5, orphaned: 0, unmatchedPeople: [], approvalsRefused: [] });

    const second = await exportJson(db, result.id);
    expect(comparable(second)).toEqual(comparable(first));

    // Review state follows the rule: approvals kept only as the importer's, the rest waiting for review or open.
    const before = (JSON.parse(first) as FactdeskDocument).claims;
    const after = (JSON.parse(second) as FactdeskDocument).claims;
    after.forEach((c, i) => {
      const complete = c.verdict !== "unchecked" && c.rationale.trim() !== "" && c.sources.length > 0;
      expect(c.reviewState).toBe(before[i].reviewState === "approved" ? "approved" : complete ? "needs_review" : "open");
      if (c.reviewState === "approved") expect(c.approvedBy?.email).toBe(admin.email);
    });
    // The file's history is on each claim, as text.
    for (const [i, c] of before.entries()) {
      const claim = await db.claim.findFirstOrThrow({ where: { articleId: result.id, exact: c.anchor.exact } });
      const stored = claim.importedHistory ? (JSON.parse(claim.importedHistory) as unknown[]) : [];
      expect(stored.length, `claim ${i + 1}`).toBe(c.history.length);
    }

    // The imported article is a normal one: revision 1, an import event, approvals by the importer, recorded as imported.
    expect(await db.articleRevision.count({ where: { articleId: result.id, number: 1 } })).toBe(1);
    expect(await db.event.count({ where: { articleId: result.id, type: "article.imported", actorId: admin.id } })).toBe(1);
    const approved = await db.claim.findFirstOrThrow({ where: { articleId: result.id, reviewState: "approved" } });
    expect(approved.approvedById).toBe(admin.id);
    expect(await db.event.count({ where: { claimId: approved.id, type: "review.approval_imported", actorId: admin.id } })).toBe(1);
    // Four-eyes still knows who set each verdict.
    expect(approved.verdictSetById).toBe(accounts.get("editor@factdesk.test")!.id);
  });

  it("reuses sources already known by URL instead of duplicating them", async () => {
    const accounts = await targetAccounts();
    const sourcesBefore = await db.source.count();
    await importArticleJson(accounts.get("editor@factdesk.test")!, await exportJson(source, sourceArticleId));
    expect(await db.source.count()).toBe(sourcesBefore);
  });

  it("attributes comments by people without an account to the importer, keeping their name", async () => {
    const accounts = await targetAccounts();
    const doc = JSON.parse(await exportJson(source, sourceArticleId)) as FactdeskDocument;
    const commented = doc.claims.find((c) => c.comments.length > 0)!;
    commented.comments[0].author = { name: "Zoë Outsider", email: "zoe@elsewhere.example" };
    const importer = accounts.get("editor2@factdesk.test")!;
    const result = await importArticleJson(importer, doc);
    expect(result.unmatchedPeople).toEqual(["Zoë Outsider"]);
    const comment = await db.comment.findFirstOrThrow({ where: { claim: { articleId: result.id }, parentId: null, body: { contains: "ABC link" } } });
    expect(comment).toMatchObject({ authorId: importer.id, body: "[Originally written by Zoë Outsider] Which interview? Add the ABC link." });
    expect(await db.comment.count({ where: { parentId: comment.id } })).toBe(1);
  });

  it("keeps a claim whose quote is no longer in the text as an orphan", async () => {
    const accounts = await targetAccounts();
    const doc = JSON.parse(await exportJson(source, sourceArticleId)) as FactdeskDocument;
    doc.claims[0].anchor = { ...doc.claims[0].anchor, exact: "Completely different words that appear nowhere in this article at all." };
    const result = await importArticleJson(accounts.get("editor@factdesk.test")!, doc);
    expect(result.orphaned).toBe(1);
    expect(await db.claim.count({ where: { articleId: result.id, anchorStatus: "orphan" } })).toBe(1);
    expect(await db.claim.count({ where: { articleId: result.id } })).toBe(5);
  });
});
