import { describe, expect, it } from "vitest";
import { pgTerms } from "@/lib/data/postgres/search";
import { anchorUpdateSql } from "@/lib/data/postgres/sql";
import { postgresPoolConfig } from "@/lib/data/postgres/config";
import { providerOf } from "@/lib/data/database-url";

// Issue 12: what PostgreSQL's full-text search is given for what a person typed. Query syntax
// must arrive as quoted words (websearch_to_tsquery) or quoted lexemes (to_tsquery), never as
// operators; punctuation is dropped as the index drops it.
describe("pgTerms", () => {
  it("quotes every whole word and makes the last one a prefix", () => {
    expect(pgTerms("inflation rose")).toEqual({ words: '"inflation"', prefix: "'rose':*" });
    expect(pgTerms("inflation rose ")).toEqual({ words: '"inflation" "rose"', prefix: "" });
  });

  it("keeps websearch and tsquery operators as text", () => {
    expect(pgTerms("cats or dogs")).toEqual({ words: '"cats" "or"', prefix: "'dogs':*" });
    expect(pgTerms("-minus x")!.words).toBe('"minus"');
    expect(pgTerms("a & b | !c")).toEqual({ words: '"a" "b"', prefix: "'c':*" });
    expect(pgTerms("it's")).toEqual({ words: "", prefix: "'it' <-> 's':*" });
    expect(pgTerms("O'Brien\\")).toEqual({ words: "", prefix: "'O' <-> 'Brien':*" });
    expect(pgTerms("café:*")).toEqual({ words: "", prefix: "'café':*" });
  });

  it("splits punctuated words into phrases as the index does", () => {
    expect(pgTerms("U.S. bbc.co.uk ")).toEqual({ words: '"U S" "bbc co uk"', prefix: "" });
  });

  it("is null when nothing is searchable", () => {
    expect(pgTerms("")).toBeNull();
    expect(pgTerms("*** ( - ")).toBeNull();
  });
});

describe("PostgreSQL selection and settings", () => {
  it("picks the database from the URL scheme alone", () => {
    expect(providerOf("postgresql://u@h/db")).toBe("postgresql");
    expect(providerOf("postgres://u@h/db")).toBe("postgresql");
    expect(providerOf("file:./data/factdesk.db")).toBe("sqlite");
    expect(() => providerOf("mysql://u@h/db")).toThrow(/file: \(SQLite\) or postgresql:\/\//);
  });

  it("reads pool size and statement timeout from the environment, and refuses nonsense", () => {
    const saved = { ...process.env };
    try {
      process.env.FACTDESK_PG_POOL_SIZE = "4";
      process.env.FACTDESK_PG_STATEMENT_TIMEOUT_MS = "1500";
      const c = postgresPoolConfig("postgresql://ann:p%40ss@db.example:6543/news?sslmode=require");
      expect(c).toMatchObject({ host: "db.example", port: 6543, user: "ann", password: "p@ss", database: "news", max: 4, statement_timeout: 1500, ssl: { rejectUnauthorized: false } });
      process.env.FACTDESK_PG_STATEMENT_TIMEOUT_MS = "0";
      expect(postgresPoolConfig("postgresql://h/db").statement_timeout).toBeUndefined();
      process.env.FACTDESK_PG_POOL_SIZE = "0";
      expect(() => postgresPoolConfig("postgresql://h/db")).toThrow(/FACTDESK_PG_POOL_SIZE/);
    } finally {
      process.env = saved;
    }
  });

  it("numbers the bulk re-anchoring statement's parameters in the SQLite order", () => {
    const sql = anchorUpdateSql(2);
    expect(sql).toContain("($3::text, $4::text, $5::text, $6::text, $7::int, $8::int, $9::text, $10::text, $11::int)");
    expect(sql).toContain("($12::text,");
    expect(sql).toContain("$20::int)");
    expect(sql).not.toContain("?");
  });
});
