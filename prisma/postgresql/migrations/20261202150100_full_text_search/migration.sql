-- Full-text search on PostgreSQL (issue 12), the counterpart of the SQLite FTS5 migration:
-- one table per kind holding a weighted tsvector per live row, with a GIN index, kept in
-- sync by triggers in the same transaction as the row it describes. Prisma does not model
-- these tables: prisma.config.ts declares them external, so `migrate diff` leaves them alone.
--
-- Words are matched as SQLite's unicode61 tokenizer with remove_diacritics does: lower-cased,
-- accents removed, no stemming, no stop words (the text search configuration "factdesk" is
-- "simple" behind "unaccent"; unaccent is a trusted extension, so a database owner may
-- create it). Weights follow the bm25 column weights of lib/data/sqlite/search.ts:
-- A = title / claim wording, B = claimant, C = rationale, D = body text.
--
-- Soft-deleted articles, claims and comments are not indexed; a claim or comment of a
-- deleted article is filtered out at query time.

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION factdesk (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION factdesk
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
  WITH unaccent, simple;

-- Everything between letters and digits separates words, as in FTS5 (so "bbc.co.uk" is
-- bbc, co, uk; PostgreSQL's parser would keep it as one host name).
CREATE FUNCTION factdesk_search_words(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT regexp_replace(coalesce(t, ''), '[^[:alnum:]]+', ' ', 'g') $$;

CREATE FUNCTION factdesk_tsv(t text, w "char") RETURNS tsvector
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('factdesk', factdesk_search_words(t)), w) $$;

CREATE TABLE "search_article" (
  "ref_id" TEXT PRIMARY KEY REFERENCES "Article"("id") ON DELETE CASCADE,
  "document" tsvector NOT NULL
);
CREATE INDEX "search_article_document_idx" ON "search_article" USING GIN ("document");

CREATE TABLE "search_claim" (
  "ref_id" TEXT PRIMARY KEY REFERENCES "Claim"("id") ON DELETE CASCADE,
  "article_id" TEXT NOT NULL,
  "document" tsvector NOT NULL,
  -- What the claim says (exact quote, normalised wording) for similar-claims ranking.
  "wording" tsvector NOT NULL
);
CREATE INDEX "search_claim_document_idx" ON "search_claim" USING GIN ("document");
CREATE INDEX "search_claim_wording_idx" ON "search_claim" USING GIN ("wording");

CREATE TABLE "search_source" (
  "ref_id" TEXT PRIMARY KEY REFERENCES "Source"("id") ON DELETE CASCADE,
  "document" tsvector NOT NULL
);
CREATE INDEX "search_source_document_idx" ON "search_source" USING GIN ("document");

CREATE TABLE "search_comment" (
  "ref_id" TEXT PRIMARY KEY REFERENCES "Comment"("id") ON DELETE CASCADE,
  "claim_id" TEXT NOT NULL,
  "document" tsvector NOT NULL
);
CREATE INDEX "search_comment_document_idx" ON "search_comment" USING GIN ("document");

-- Article ------------------------------------------------------------------------------
CREATE FUNCTION search_article_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."deletedAt" IS NOT NULL THEN
    DELETE FROM "search_article" WHERE "ref_id" = NEW."id";
  ELSE
    INSERT INTO "search_article"("ref_id", "document")
    VALUES (NEW."id", factdesk_tsv(NEW."title", 'A') || factdesk_tsv(NEW."text", 'D'))
    ON CONFLICT ("ref_id") DO UPDATE SET "document" = EXCLUDED."document";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "search_article_ai" AFTER INSERT ON "Article" FOR EACH ROW EXECUTE FUNCTION search_article_sync();
CREATE TRIGGER "search_article_au" AFTER UPDATE OF "title", "text", "deletedAt" ON "Article" FOR EACH ROW
  WHEN (OLD."title" IS DISTINCT FROM NEW."title" OR OLD."text" IS DISTINCT FROM NEW."text" OR OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt")
  EXECUTE FUNCTION search_article_sync();

-- Claim --------------------------------------------------------------------------------
CREATE FUNCTION search_claim_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."deletedAt" IS NOT NULL THEN
    DELETE FROM "search_claim" WHERE "ref_id" = NEW."id";
  ELSE
    INSERT INTO "search_claim"("ref_id", "article_id", "document", "wording")
    VALUES (
      NEW."id", NEW."articleId",
      factdesk_tsv(NEW."exact", 'A') || factdesk_tsv(NEW."normalized", 'A') || factdesk_tsv(NEW."claimant", 'B') || factdesk_tsv(NEW."rationale", 'C'),
      factdesk_tsv(NEW."exact", 'B') || factdesk_tsv(NEW."normalized", 'A'))
    ON CONFLICT ("ref_id") DO UPDATE SET "article_id" = EXCLUDED."article_id", "document" = EXCLUDED."document", "wording" = EXCLUDED."wording";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "search_claim_ai" AFTER INSERT ON "Claim" FOR EACH ROW EXECUTE FUNCTION search_claim_sync();
-- Re-anchoring moves thousands of claims without changing their words: only a change of
-- indexed text (or deletion) touches the index.
CREATE TRIGGER "search_claim_au" AFTER UPDATE OF "exact", "normalized", "claimant", "rationale", "deletedAt", "articleId" ON "Claim" FOR EACH ROW
  WHEN (OLD."exact" IS DISTINCT FROM NEW."exact" OR OLD."normalized" IS DISTINCT FROM NEW."normalized" OR OLD."claimant" IS DISTINCT FROM NEW."claimant"
    OR OLD."rationale" IS DISTINCT FROM NEW."rationale" OR OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt" OR OLD."articleId" IS DISTINCT FROM NEW."articleId")
  EXECUTE FUNCTION search_claim_sync();

-- Source -------------------------------------------------------------------------------
CREATE FUNCTION search_source_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_source"("ref_id", "document")
  VALUES (NEW."id", factdesk_tsv(NEW."title", 'A') || factdesk_tsv(NEW."url", 'C') || factdesk_tsv(NEW."publisher", 'C'))
  ON CONFLICT ("ref_id") DO UPDATE SET "document" = EXCLUDED."document";
  RETURN NULL;
END $$;

CREATE TRIGGER "search_source_ai" AFTER INSERT ON "Source" FOR EACH ROW EXECUTE FUNCTION search_source_sync();
CREATE TRIGGER "search_source_au" AFTER UPDATE OF "title", "url", "publisher" ON "Source" FOR EACH ROW
  WHEN (OLD."title" IS DISTINCT FROM NEW."title" OR OLD."url" IS DISTINCT FROM NEW."url" OR OLD."publisher" IS DISTINCT FROM NEW."publisher")
  EXECUTE FUNCTION search_source_sync();

-- Comment ------------------------------------------------------------------------------
CREATE FUNCTION search_comment_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."deletedAt" IS NOT NULL THEN
    DELETE FROM "search_comment" WHERE "ref_id" = NEW."id";
  ELSE
    INSERT INTO "search_comment"("ref_id", "claim_id", "document")
    VALUES (NEW."id", NEW."claimId", factdesk_tsv(NEW."body", 'D'))
    ON CONFLICT ("ref_id") DO UPDATE SET "claim_id" = EXCLUDED."claim_id", "document" = EXCLUDED."document";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "search_comment_ai" AFTER INSERT ON "Comment" FOR EACH ROW EXECUTE FUNCTION search_comment_sync();
CREATE TRIGGER "search_comment_au" AFTER UPDATE OF "body", "deletedAt", "claimId" ON "Comment" FOR EACH ROW
  WHEN (OLD."body" IS DISTINCT FROM NEW."body" OR OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt" OR OLD."claimId" IS DISTINCT FROM NEW."claimId")
  EXECUTE FUNCTION search_comment_sync();
-- Deletes cascade through the foreign keys (ON DELETE CASCADE above).
