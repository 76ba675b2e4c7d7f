-- Full-text search (FTS5), kept in sync with the base tables by triggers, so an index row
-- changes in the same transaction as the row it describes. Prisma does not model virtual
-- tables: prisma.config.ts declares them (and FTS5's shadow tables) external, so
-- `migrate diff` leaves them alone.
--
-- Each FTS row stores the base row's text id (`ref_id`) and uses the base row's rowid as its
-- own, so triggers update it by rowid without a scan. Rows are written with INSERT OR
-- REPLACE and deleted only when `ref_id` also matches, so a renumbered rowid can never
-- break a user's write. A migration that redefines Article, Claim, Source or Comment
-- (Prisma's "RedefineTables") drops these triggers: recreate them and re-run the rebuild
-- at the end of this file in that migration.
--
-- Soft-deleted articles, claims and comments are not indexed; a claim or comment of a
-- deleted article is filtered out at query time (lib/server/search-all.ts).

CREATE VIRTUAL TABLE "search_article" USING fts5(
  ref_id UNINDEXED, title, text,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE "search_claim" USING fts5(
  ref_id UNINDEXED, article_id UNINDEXED, exact, normalized, claimant, rationale,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE "search_source" USING fts5(
  ref_id UNINDEXED, title, url, publisher,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE "search_comment" USING fts5(
  ref_id UNINDEXED, claim_id UNINDEXED, body,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Article ------------------------------------------------------------------------------
CREATE TRIGGER "search_article_ai" AFTER INSERT ON "Article" WHEN new."deletedAt" IS NULL BEGIN
  INSERT OR REPLACE INTO "search_article"(rowid, ref_id, title, text)
  VALUES (new.rowid, new."id", new."title", new."text");
END;

CREATE TRIGGER "search_article_au" AFTER UPDATE OF "title", "text", "deletedAt" ON "Article"
WHEN old."title" IS NOT new."title" OR old."text" IS NOT new."text" OR old."deletedAt" IS NOT new."deletedAt" BEGIN
  DELETE FROM "search_article" WHERE rowid = old.rowid AND ref_id = old."id";
  INSERT OR REPLACE INTO "search_article"(rowid, ref_id, title, text)
  SELECT new.rowid, new."id", new."title", new."text" WHERE new."deletedAt" IS NULL;
END;

CREATE TRIGGER "search_article_ad" AFTER DELETE ON "Article" BEGIN
  DELETE FROM "search_article" WHERE rowid = old.rowid AND ref_id = old."id";
END;

-- Claim --------------------------------------------------------------------------------
CREATE TRIGGER "search_claim_ai" AFTER INSERT ON "Claim" WHEN new."deletedAt" IS NULL BEGIN
  INSERT OR REPLACE INTO "search_claim"(rowid, ref_id, article_id, exact, normalized, claimant, rationale)
  VALUES (new.rowid, new."id", new."articleId", new."exact", coalesce(new."normalized", ''), coalesce(new."claimant", ''), new."rationale");
END;

-- Re-anchoring moves thousands of claims without changing their words: only a change of
-- indexed text (or deletion) touches the index.
CREATE TRIGGER "search_claim_au" AFTER UPDATE OF "exact", "normalized", "claimant", "rationale", "deletedAt", "articleId" ON "Claim"
WHEN old."exact" IS NOT new."exact" OR old."normalized" IS NOT new."normalized" OR old."claimant" IS NOT new."claimant"
  OR old."rationale" IS NOT new."rationale" OR old."deletedAt" IS NOT new."deletedAt" OR old."articleId" IS NOT new."articleId" BEGIN
  DELETE FROM "search_claim" WHERE rowid = old.rowid AND ref_id = old."id";
  INSERT OR REPLACE INTO "search_claim"(rowid, ref_id, article_id, exact, normalized, claimant, rationale)
  SELECT new.rowid, new."id", new."articleId", new."exact", coalesce(new."normalized", ''), coalesce(new."claimant", ''), new."rationale"
  WHERE new."deletedAt" IS NULL;
END;

CREATE TRIGGER "search_claim_ad" AFTER DELETE ON "Claim" BEGIN
  DELETE FROM "search_claim" WHERE rowid = old.rowid AND ref_id = old."id";
END;

-- Source -------------------------------------------------------------------------------
CREATE TRIGGER "search_source_ai" AFTER INSERT ON "Source" BEGIN
  INSERT OR REPLACE INTO "search_source"(rowid, ref_id, title, url, publisher)
  VALUES (new.rowid, new."id", new."title", new."url", coalesce(new."publisher", ''));
END;

CREATE TRIGGER "search_source_au" AFTER UPDATE OF "title", "url", "publisher" ON "Source"
WHEN old."title" IS NOT new."title" OR old."url" IS NOT new."url" OR old."publisher" IS NOT new."publisher" BEGIN
  DELETE FROM "search_source" WHERE rowid = old.rowid AND ref_id = old."id";
  INSERT OR REPLACE INTO "search_source"(rowid, ref_id, title, url, publisher)
  VALUES (new.rowid, new."id", new."title", new."url", coalesce(new."publisher", ''));
END;

CREATE TRIGGER "search_source_ad" AFTER DELETE ON "Source" BEGIN
  DELETE FROM "search_source" WHERE rowid = old.rowid AND ref_id = old."id";
END;

-- Comment ------------------------------------------------------------------------------
CREATE TRIGGER "search_comment_ai" AFTER INSERT ON "Comment" WHEN new."deletedAt" IS NULL BEGIN
  INSERT OR REPLACE INTO "search_comment"(rowid, ref_id, claim_id, body)
  VALUES (new.rowid, new."id", new."claimId", new."body");
END;

CREATE TRIGGER "search_comment_au" AFTER UPDATE OF "body", "deletedAt", "claimId" ON "Comment"
WHEN old."body" IS NOT new."body" OR old."deletedAt" IS NOT new."deletedAt" OR old."claimId" IS NOT new."claimId" BEGIN
  DELETE FROM "search_comment" WHERE rowid = old.rowid AND ref_id = old."id";
  INSERT OR REPLACE INTO "search_comment"(rowid, ref_id, claim_id, body)
  SELECT new.rowid, new."id", new."claimId", new."body" WHERE new."deletedAt" IS NULL;
END;

CREATE TRIGGER "search_comment_ad" AFTER DELETE ON "Comment" BEGIN
  DELETE FROM "search_comment" WHERE rowid = old.rowid AND ref_id = old."id";
END;

-- Rebuild: index the rows that exist already (safe to re-run in a later migration).
DELETE FROM "search_article";
INSERT INTO "search_article"(rowid, ref_id, title, text)
SELECT rowid, "id", "title", "text" FROM "Article" WHERE "deletedAt" IS NULL;

DELETE FROM "search_claim";
INSERT INTO "search_claim"(rowid, ref_id, article_id, exact, normalized, claimant, rationale)
SELECT rowid, "id", "articleId", "exact", coalesce("normalized", ''), coalesce("claimant", ''), "rationale" FROM "Claim" WHERE "deletedAt" IS NULL;

DELETE FROM "search_source";
INSERT INTO "search_source"(rowid, ref_id, title, url, publisher)
SELECT rowid, "id", "title", "url", coalesce("publisher", '') FROM "Source";

DELETE FROM "search_comment";
INSERT INTO "search_comment"(rowid, ref_id, claim_id, body)
SELECT rowid, "id", "claimId", "body" FROM "Comment" WHERE "deletedAt" IS NULL;
