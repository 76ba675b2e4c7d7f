-- Words are split at ASCII punctuation only (what lib/data/postgres/search.ts drops from a
-- query), whatever the database's locale: [[:alnum:]] in a database created with the "C"
-- locale treats every non-ASCII letter as punctuation ("café" would become "caf"). Other
-- separators (spaces, Unicode punctuation) are left to PostgreSQL's text search parser.
CREATE OR REPLACE FUNCTION factdesk_search_words(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT regexp_replace(coalesce(t, ''), '[!-/:-@[-`{-~]+', ' ', 'g') $$;

-- Rebuild: index the rows that exist (safe to re-run in a later migration).
DELETE FROM "search_article";
INSERT INTO "search_article"("ref_id", "document")
SELECT "id", factdesk_tsv("title", 'A') || factdesk_tsv("text", 'D') FROM "Article" WHERE "deletedAt" IS NULL;

DELETE FROM "search_claim";
INSERT INTO "search_claim"("ref_id", "article_id", "document", "wording")
SELECT "id", "articleId",
       factdesk_tsv("exact", 'A') || factdesk_tsv("normalized", 'A') || factdesk_tsv("claimant", 'B') || factdesk_tsv("rationale", 'C'),
       factdesk_tsv("exact", 'B') || factdesk_tsv("normalized", 'A')
  FROM "Claim" WHERE "deletedAt" IS NULL;

DELETE FROM "search_source";
INSERT INTO "search_source"("ref_id", "document")
SELECT "id", factdesk_tsv("title", 'A') || factdesk_tsv("url", 'C') || factdesk_tsv("publisher", 'C') FROM "Source";

DELETE FROM "search_comment";
INSERT INTO "search_comment"("ref_id", "claim_id", "document")
SELECT "id", "claimId", factdesk_tsv("body", 'D') FROM "Comment" WHERE "deletedAt" IS NULL;
