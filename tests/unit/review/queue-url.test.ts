import { describe, expect, it } from "vitest";
import { queueHref } from "@/app/_components/review/queue-url";

describe("queueHref: the queue's state lives in the URL", () => {
  it("leaves defaults out so the plain queue is just /review", () => {
    expect(queueHref({ sort: "updated", dir: "desc", page: 1, perPage: 50 })).toBe("/review?state=");
  });

  it("keeps filters and changes one thing at a time", () => {
    const current = { state: "needs_review" as const, assignee: "me", page: 3 };
    expect(queueHref(current, { page: 4 })).toBe("/review?state=needs_review&assignee=me&page=4");
    // Any other change starts again at page 1.
    expect(queueHref(current, { verdict: "false" })).toBe("/review?verdict=false&state=needs_review&assignee=me");
    expect(queueHref(current, { sort: "article", dir: "asc" })).toBe("/review?state=needs_review&assignee=me&sort=article&dir=asc");
  });

  it("encodes search text", () => {
    expect(queueHref({}, { q: "pay a price & more" })).toBe("/review?q=pay+a+price+%26+more");
  });
});
