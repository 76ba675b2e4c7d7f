import { describe, expect, it } from "vitest";
import { claimNumbers, numberAgreement } from "@/lib/suggest/similar/claim-numbers";
import { evaluatePairs } from "@/lib/suggest/similar/evaluate-pairs";
import { rankSimilarClaims } from "@/lib/suggest/similar/rank";
import { loadPairs, type PairRow } from "@/tests/fixtures/similar-claims/load";

describe("claim numbers", () => {
  it("reads figures and number words as comparable values", () => {
    expect([...claimNumbers("The factory will create 2,000 jobs.")]).toEqual(["2000"]);
    expect([...claimNumbers("Two thousand jobs will be created.")]).toEqual(["2000"]);
    expect([...claimNumbers("It cost 1.2 billion, twice the budget, by 4.1% in March.")]).toEqual(["1200000000", "2", "4.1", "march"]);
    expect([...claimNumbers("forty-five thousand homes")]).toEqual(["45000"]);
  });

  it("makes a different number count against similarity", () => {
    const a = claimNumbers("45,000 homes");
    expect(numberAgreement(a, claimNumbers("45000 homes"))).toBe(1);
    expect(numberAgreement(a, claimNumbers("50,000 homes"))).toBe(0.5);
    expect(numberAgreement(a, new Set())).toBeLessThan(1);
  });
});

describe("ranking prior fact-checks", () => {
  const db = [
    { id: "prior", text: "The city built 45,000 new homes last year." },
    { id: "other-number", text: "The city built 50,000 new homes last year." },
    { id: "unrelated", text: "The stadium holds 60,000 spectators." },
  ];

  it("puts a reordered paraphrase's prior first and the different number below it", () => {
    const ranked = rankSimilarClaims("Last year 45,000 homes were completed in the city.", db);
    expect(ranked[0]).toMatchObject({ id: "prior", numbers: "same" });
    const ids = ranked.map((r) => r.id);
    expect(ids.indexOf("other-number")).toBeGreaterThan(0);
    expect(ranked.find((r) => r.id === "other-number")?.numbers).toBe("differ");
    expect(ids).not.toContain("unrelated");
  });

  it("returns nothing for an empty database and is deterministic", () => {
    expect(rankSimilarClaims("Anything at all.", [])).toEqual([]);
    expect(rankSimilarClaims("The city built homes.", db)).toEqual(rankSimilarClaims("The city built homes.", db));
  });

  it("ranks a few hundred candidates (the bounded scan) quickly", () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, text: `Claim number ${i} says the council spent ${i * 1000} on roads in district ${i % 17}.` }));
    const query = "The council spent 5,000 on roads in district 5.";
    rankSimilarClaims(query, many); // warm-up
    // CPU time, not wall time: the shared test machine's load would otherwise decide.
    const c0 = process.cpuUsage();
    rankSimilarClaims(query, many);
    const cpu = process.cpuUsage(c0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(500);
  });
});

// The targets, on the frozen test pairs (other split's claims as extra distractors).
describe("similar claims on the frozen test pairs", () => {
  const database = (rows: readonly PairRow[], prefix: string) =>
    rows.filter((r) => r.kind !== "paraphrase").map((r, i) => ({ id: `${prefix}${r.group}:${r.kind}:${i}`, text: r.text }));

  it("finds the prior in the top 3 for >= 90 % of paraphrases and ranks the different claim below it in >= 90 %", () => {
    const test = loadPairs("test");
    const db = [...database(test, ""), ...database(loadPairs("train"), "other/")];
    const queries = test.filter((r) => r.kind === "paraphrase").map((r) => ({ group: r.group, query: r.text }));
    const result = evaluatePairs(queries, db, rankSimilarClaims);
    expect(result.queries).toBe(30);
    expect(result.top3).toBeGreaterThanOrEqual(0.9);
    expect(result.priorAboveDifferent).toBeGreaterThanOrEqual(0.9);
  });
});
