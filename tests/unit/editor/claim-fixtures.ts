import type { ClaimView } from "@/lib/server/support/claim-view";

const ana = { id: "u-ana", name: "Ana Editor" };

/** A saved claim with sensible defaults; override what the example is about. */
export function claim(overrides: Partial<ClaimView> & { id: string }): ClaimView {
  return {
    articleId: "a1",
    exact: "quote",
    prefix: "",
    suffix: "",
    start: 0,
    end: 5,
    anchorStatus: "anchored",
    previousExact: null,
    claimant: null,
    normalized: null,
    verdict: "unchecked",
    rationale: "",
    reviewState: "open",
    assignee: null,
    verdictSetBy: null,
    approvedBy: null,
    approvedAt: null,
    version: 1,
    createdBy: ana,
    updatedBy: ana,
    createdAt: "2021-03-23T10:00:00.000Z",
    updatedAt: "2021-03-23T10:00:00.000Z",
    deletedAt: null,
    sources: [],
    commentCount: 0,
    ...overrides,
  };
}
