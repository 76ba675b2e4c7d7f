import { describe, expect, it } from "vitest";
import { exactTime, relativeTime } from "@/lib/domain/relative-time";

const now = new Date("2026-03-10T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("relativeTime", () => {
  it("recent work", () => {
    expect(relativeTime(ago(5_000), now)).toBe("just now");
    expect(relativeTime(ago(-3_000), now)).toBe("just now"); // clock skew
    expect(relativeTime(ago(50_000), now)).toBe("1 min ago");
    expect(relativeTime(ago(3 * 60_000), now)).toBe("3 min ago");
    expect(relativeTime(ago(59 * 60_000), now)).toBe("59 min ago");
  });

  it("hours, yesterday, days, then a date", () => {
    expect(relativeTime(ago(60 * 60_000), now)).toBe("1 hour ago");
    expect(relativeTime(ago(5 * 3600_000), now)).toBe("5 hours ago");
    expect(relativeTime(ago(30 * 3600_000), now)).toBe("yesterday");
    expect(relativeTime(ago(3 * 86400_000), now)).toBe("3 days ago");
    expect(relativeTime("2026-02-01T09:00:00Z", now)).toBe("1 Feb");
    expect(relativeTime("2025-12-24T09:00:00Z", now)).toBe("24 Dec 2025");
  });

  it("accepts ISO strings and numbers; garbage gives nothing", () => {
    expect(relativeTime(now.toISOString(), now.getTime())).toBe("just now");
    expect(relativeTime("not a date", now)).toBe("");
  });
});

describe("exactTime", () => {
  it("is the same on the server and in every browser (UTC)", () => {
    expect(exactTime("2021-03-22T14:05:09Z")).toBe("22 Mar 2021, 14:05 UTC");
    expect(exactTime("nope")).toBe("");
  });
});
