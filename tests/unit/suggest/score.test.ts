import { describe, expect, it } from "vitest";
import { CHECKWORTHY_THRESHOLD, scoreSentence } from "@/lib/suggest";

const reasonsOf = (s: string): string[] => scoreSentence(s).reasons;

describe("scoreSentence features", () => {
  it.each([
    ["Police arrested 14 people after the match.", /^number: 14$|^quantity: 14 people$/],
    ["Unemployment rose to 4.2% in March.", /^statistic: 4\.2%$/],
    ["One in five firms cut staff hours.", /^statistic: One in five$/],
    ["The council spent $4.5 million on consultants.", /^money: \$4\.5 million$/],
    ["The hospital lost £2.3m to fraud.", /^money: £2\.3m$/],
    ["The bridge was built in 1998 by the county.", /^date: 1998$/],
    ["The tax increase takes effect on July 1.", /^date: July 1$/],
    ["Rovers have won their last five meetings with Northgate.", /^quantity: five meetings$/],
    ["Reuters reported that the plant would close.", /^attribution: Reuters reported$/],
    ["The plant will close, according to the company.", /^attribution: according to the company$/],
    ["Biden told reporters he would travel to Atlanta.", /^named entity with action: Biden told$/],
    ["“We will not raise taxes,” the mayor told the council meeting.", /^direct quote$/],
    ["Crime is lower than it was a decade ago.", /^comparison$/],
    ["It was the largest crowd the stadium has seen.", /^superlative: largest$/],
    ["Nothing like this has ever happened in the town.", /^superlative: ever$/],
    ["The closure was caused by flooding in the basement.", /^causal claim$/],
    ["Delays led to higher costs for the project.", /^causal claim$/],
  ])("%s → %s", (sentence, pattern) => {
    expect(reasonsOf(sentence).some((r) => pattern.test(r))).toBe(true);
  });

  it.each([
    ["Is the worst over for family budgets?", "question"],
    ["I think it will be summer before shoppers notice.", "opinion: I think"],
    ["We believe the plan is fair to everyone in the city.", "opinion: We believe"],
    ["Prices could rise again in the autumn months.", "hedge: could"],
    ["Share this article", "page furniture"],
    ["Advertisement", "page furniture"],
    ["Read more: What the rate decision means for you", "page furniture"],
    ["Pictured: The mayor outside City Hall on Tuesday", "caption or promo"],
    ["He left.", "too short"],
  ])("%s → %s", (sentence, reason) => {
    expect(reasonsOf(sentence)).toContain(reason);
  });

  it("does not treat vocabulary look-alikes as evidence", () => {
    expect(reasonsOf("Parents can check the vaccination record online.").join()).not.toContain("superlative");
    expect(reasonsOf("Russia is demanding an apology from the United States.").join()).not.toContain("attribution");
    expect(reasonsOf("Prices may fall, but 40% of firms expect rises.").join()).not.toContain("hedge");
  });

  it("scores clear factual claims above the threshold", () => {
    for (const s of [
      "Consumer price inflation fell to 3.1% in February from 3.6% in January, official figures showed.",
      "Millbrook City Council voted 9-4 on Tuesday to approve a $212 million budget.",
      "A study published in June found that the upper ocean had warmed by 0.3C since 2015.",
    ]) expect(scoreSentence(s).score).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
  });

  it("scores opinions, questions, hedges, furniture and fragments low", () => {
    for (const s of [
      "I think this is a wonderful team and the fans were incredible.",
      "We believe the plan is good for everyone.",
      "Could this be the season they finally win the league?",
      "It might be that things improve once the clinics open.",
      "No comments",
      "Share this article",
      "Advertisement",
      "It was a night to remember.",
    ]) expect(scoreSentence(s).score).toBeLessThan(CHECKWORTHY_THRESHOLD);
  });

  it("returns scores in 0..1 and is deterministic", () => {
    const s = "Reuters reported on Monday that 1,200 jobs, or 8% of the workforce, would go by 2025.";
    const a = scoreSentence(s);
    for (let i = 0; i < 3; i++) expect(scoreSentence(s)).toEqual(a);
    for (const t of ["", "x", "No comments", s]) {
      const { score } = scoreSentence(t);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});
