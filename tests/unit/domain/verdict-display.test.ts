import { describe, expect, it } from "vitest";
import { DEFAULT_RATING_SCALE, RATING_SCALE_PRESETS, verdictDisplay, verdictKeys, verdictOptions, verdictProblem } from "@/lib/domain/rating-scale";
import { VERDICTS, verdictSchema } from "@/lib/domain/enums";
import { VERDICT_META } from "@/lib/domain/verdicts";

const three = RATING_SCALE_PRESETS["three-point"];

describe("verdicts through the newsroom's scale", () => {
  it("the default scale offers exactly today's verdicts, with today's words, letters and colours", () => {
    expect(verdictKeys(DEFAULT_RATING_SCALE)).toEqual([...VERDICTS]);
    for (const v of VERDICTS) expect(verdictDisplay(DEFAULT_RATING_SCALE, v)).toEqual({ key: v, ...VERDICT_META[v] });
  });

  it("a three-point scale offers unchecked and its own three labels", () => {
    expect(verdictOptions(three).map((o) => [o.key, o.label, o.letter])).toEqual([
      ["unchecked", "Unchecked", "?"],
      ["true", "True", "T"],
      ["misleading", "Misleading", "M"],
      ["false", "False", "F"],
    ]);
  });

  it("accepts unchecked and the scale's keys; names the allowed labels otherwise", () => {
    expect(verdictProblem(three, "unchecked")).toBeNull();
    expect(verdictProblem(three, "true")).toBeNull();
    expect(verdictProblem(three, "verified")).toBe("“verified” is not a rating of this newsroom's scale. Use unchecked or one of: true (True), misleading (Misleading), false (False).");
  });

  it("an unknown key still renders (neutral), never throws", () => {
    expect(verdictDisplay(three, "gone")).toMatchObject({ key: "gone", label: "gone", letter: "?" });
  });

  it("the request schema only checks a key's shape", () => {
    expect(verdictSchema.safeParse("mostly_true").success).toBe(true);
    expect(verdictSchema.safeParse("Maybe?").success).toBe(false);
    expect(verdictSchema.safeParse(3).success).toBe(false);
  });
});
