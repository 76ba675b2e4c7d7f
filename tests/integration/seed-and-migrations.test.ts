import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { seedDemo, parseSampleArticle } from "@/prisma/seed/seed-demo";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { db } from "./helpers";

describe("migrations", () => {
  it("apply on an empty database and leave nothing pending", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "factdesk-mig-")), "empty.db");
    const env = { ...process.env, DATABASE_URL: "file:" + file };
    const deploy = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { env, encoding: "utf8" });
    expect(deploy.status, deploy.stderr).toBe(0);
    const status = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "status"], { env, encoding: "utf8" });
    expect(status.stdout).toMatch(/Database schema is up to date/);
    const sqlite = new Database(file, { readonly: true });
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[];
    sqlite.close();
    for (const t of ["User", "Article", "ArticleRevision", "Claim", "Source", "ClaimSource", "Comment", "Mention", "Event", "ApiToken"]) {
      expect(tables.map((r) => r.name)).toContain(t);
    }
  }, 120_000); // two Prisma CLI runs (each starts the WebAssembly schema engine)

  it("the app's connection turns on WAL and foreign keys", async () => {
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [fk] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
    expect(mode.journal_mode).toBe("wal");
    expect(Number(fk.foreign_keys)).toBe(1);
  });
});

describe("demo seed", () => {
  it("drops the page furniture and keeps the title apart", () => {
    const parsed = parseSampleArticle("Title line\nFirst paragraph.\n\nSecond.\nNo comments");
    expect(parsed).toEqual({ title: "Title line", body: "First paragraph.\nSecond." });
  });

  it("is idempotent: a second run adds nothing", async () => {
    const first = await seedDemo(db);
    const counts = async () => ({
      users: await db.user.count(),
      articles: await db.article.count(),
      claims: await db.claim.count(),
      sources: await db.source.count(),
      links: await db.claimSource.count(),
    });
    const after1 = await counts();
    const second = await seedDemo(db);
    expect(first.createdArticle).toBe(true);
    expect(second).toEqual({ articleId: first.articleId, createdArticle: false });
    expect(await counts()).toEqual(after1);
    expect(after1.users).toBe(DEMO_ACCOUNTS.length);
    expect(after1.claims).toBeGreaterThanOrEqual(3);
  });

  it("anchors every example claim on the exact words of the article", async () => {
    const { articleId } = await seedDemo(db);
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article.text).not.toMatch(/No comments/);
    const claims = await db.claim.findMany({ where: { articleId }, include: { sources: true } });
    for (const c of claims) {
      expect(article.text.slice(c.start, c.end)).toBe(c.exact);
      expect(c.sources.length).toBeGreaterThanOrEqual(1);
      expect(c.rationale.length).toBeGreaterThan(20);
    }
  });
});
