import { describe, expect, it } from "vitest";
import { FOUR_EYES_MESSAGE, planReview, reviewActionBlocker, type ReviewSubject } from "@/lib/domain/review";

const finished: ReviewSubject = { reviewState: "needs_review", verdict: "false", rationale: "Records show otherwise.", sourceCount: 1, verdictSetById: "editor" };

describe("reviewActionBlocker: the reason a review button is disabled", () => {
  it("lets a reviewer approve a finished claim someone else judged", () => {
    expect(reviewActionBlocker("approve", finished, { actorId: "reviewer", fourEyes: true })).toBeNull();
  });

  it("gives the four-eyes reason to the person who set the verdict, unless four-eyes is off", () => {
    expect(reviewActionBlocker("approve", finished, { actorId: "editor", fourEyes: true })).toBe(FOUR_EYES_MESSAGE);
    expect(reviewActionBlocker("approve", finished, { actorId: "editor", fourEyes: false })).toBeNull();
  });

  it("lists what an incomplete claim lacks before it can be submitted", () => {
    const draft: ReviewSubject = { reviewState: "open", verdict: "unchecked", rationale: " ", sourceCount: 0, verdictSetById: null };
    expect(reviewActionBlocker("submit", draft, { actorId: "editor", fourEyes: true })).toBe(
      "Before it can be submitted for review, this claim needs a verdict, a rationale and at least one source.",
    );
    expect(reviewActionBlocker("submit", { ...draft, verdict: "false", rationale: "Why." }, { actorId: "editor", fourEyes: true })).toBe(
      "Before it can be submitted for review, this claim needs at least one source.",
    );
  });

  it("does not block a send-back for its note (the dialog asks for it), and agrees with the server's plan", () => {
    expect(reviewActionBlocker("send_back", finished, { actorId: "editor", fourEyes: true })).toBeNull();
    const plan = planReview("submit", { ...finished, reviewState: "open", sourceCount: 0 }, { actorId: "editor", fourEyes: true });
    expect(plan.ok ? null : plan.message).toBe(reviewActionBlocker("submit", { ...finished, reviewState: "open", sourceCount: 0 }, { actorId: "editor", fourEyes: true }));
  });
});
