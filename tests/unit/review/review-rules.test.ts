import { describe, expect, it } from "vitest";
import { REVIEW_STATES, type ReviewState } from "@/lib/domain/enums";
import {
  availableReviewActions,
  blockedByFourEyes,
  FOUR_EYES_MESSAGE,
  missingForApproval,
  parseFourEyes,
  planReview,
  REVIEW_ACTIONS,
  type ReviewAction,
  type ReviewSubject,
} from "@/lib/domain/review";

const ANA = "user-ana"; // the editor who set the verdict
const RUI = "user-rui"; // a reviewer

/** A claim with everything approval needs, in the given state. */
function ready(reviewState: ReviewState, overrides: Partial<ReviewSubject> = {}): ReviewSubject {
  return { reviewState, verdict: "false", rationale: "The FSB is Russia's domestic security service.", sourceCount: 1, verdictSetById: ANA, ...overrides };
}

const asRui = { actorId: RUI, fourEyes: true };

describe("planReview: the transitions", () => {
  it("an editor submits an open claim for review", () => {
    expect(planReview("submit", ready("open"), { actorId: ANA, fourEyes: true })).toEqual({ ok: true, from: "open", to: "needs_review" });
  });

  it("a reviewer approves a claim waiting for review", () => {
    expect(planReview("approve", ready("needs_review"), asRui)).toEqual({ ok: true, from: "needs_review", to: "approved" });
  });

  it("a reviewer sends a claim back to open with a note", () => {
    expect(planReview("send_back", ready("needs_review"), { ...asRui, note: "Add the Treasury link." })).toEqual({ ok: true, from: "needs_review", to: "open" });
  });

  it("a reviewer reopens an approved claim with a note", () => {
    expect(planReview("reopen", ready("approved"), { ...asRui, note: "New evidence came in." })).toEqual({ ok: true, from: "approved", to: "open" });
  });

  const allowed: Record<ReviewAction, ReviewState> = { submit: "open", approve: "needs_review", send_back: "needs_review", reopen: "approved" };
  for (const action of REVIEW_ACTIONS) {
    for (const state of REVIEW_STATES.filter((s) => s !== allowed[action])) {
      it(`refuses ${action} from ${state} as a conflict with a message`, () => {
        const plan = planReview(action, ready(state), { ...asRui, note: "a note" });
        expect(plan.ok).toBe(false);
        if (!plan.ok) {
          expect(plan.code).toBe("conflict");
          expect(plan.message.length).toBeGreaterThan(10);
        }
      });
    }
  }

  it("tells the editor an approved claim is locked when they try to submit it", () => {
    const plan = planReview("submit", ready("approved"), { actorId: ANA, fourEyes: true });
    expect(plan).toMatchObject({ ok: false, code: "conflict", message: expect.stringMatching(/locked.*reopen/) });
  });
});

describe("planReview: notes", () => {
  for (const action of ["send_back", "reopen"] as const) {
    const state = action === "send_back" ? "needs_review" : "approved";
    it(`${action} requires a note`, () => {
      for (const note of [undefined, null, "", "   "]) {
        expect(planReview(action, ready(state), { ...asRui, note })).toMatchObject({ ok: false, code: "invalid", fields: { note: expect.any(String) } });
      }
    });
  }

  it("submit and approve take an optional note", () => {
    expect(planReview("submit", ready("open"), { actorId: ANA, fourEyes: true, note: "Ready." }).ok).toBe(true);
    expect(planReview("approve", ready("needs_review"), { ...asRui, note: "" }).ok).toBe(true);
  });
});

describe("planReview: what approval requires", () => {
  it("refuses an unchecked verdict, an empty rationale and no sources, naming each", () => {
    const plan = planReview("approve", ready("needs_review", { verdict: "unchecked", rationale: "  ", sourceCount: 0 }), asRui);
    expect(plan).toMatchObject({ ok: false, code: "invalid" });
    if (!plan.ok) {
      expect(Object.keys(plan.fields ?? {}).sort()).toEqual(["rationale", "sources", "verdict"]);
      expect(plan.message).toBe("This claim cannot be approved yet: it needs a verdict, a rationale and at least one source.");
    }
  });

  it("refuses a claim without sources", () => {
    const plan = planReview("approve", ready("needs_review", { sourceCount: 0 }), asRui);
    expect(plan).toMatchObject({ ok: false, code: "invalid", message: expect.stringMatching(/at least one source/), fields: { sources: expect.any(String) } });
  });

  it("asks for the same before a claim is submitted, so reviewers only see finished work", () => {
    const plan = planReview("submit", ready("open", { rationale: "" }), { actorId: ANA, fourEyes: true });
    expect(plan).toMatchObject({ ok: false, code: "invalid", message: expect.stringMatching(/^Before it can be submitted for review, this claim needs a rationale/) });
  });

  it("does not ask for them to send back or reopen", () => {
    expect(planReview("send_back", ready("needs_review", { sourceCount: 0, verdict: "unchecked" }), { ...asRui, note: "Needs sources." }).ok).toBe(true);
  });

  it("lists what is missing by field", () => {
    expect(missingForApproval({ verdict: "verified", rationale: "ok", sourceCount: 2 })).toEqual({});
    expect(missingForApproval({ verdict: "unchecked", rationale: "ok", sourceCount: 2 })).toEqual({ verdict: "Choose a verdict." });
  });
});

describe("four-eyes", () => {
  it("refuses the reviewer who set the verdict, with the message the UI shows", () => {
    const plan = planReview("approve", ready("needs_review", { verdictSetById: RUI }), asRui);
    expect(plan).toEqual({ ok: false, code: "forbidden", message: FOUR_EYES_MESSAGE });
  });

  it("lets them approve when the newsroom turned four-eyes off", () => {
    expect(planReview("approve", ready("needs_review", { verdictSetById: RUI }), { actorId: RUI, fourEyes: false }).ok).toBe(true);
  });

  it("lets anyone approve a verdict nobody here set (e.g. imported)", () => {
    expect(planReview("approve", ready("needs_review", { verdictSetById: null }), asRui).ok).toBe(true);
  });

  it("is on unless the setting is exactly false", () => {
    expect(parseFourEyes(undefined)).toBe(true);
    expect(parseFourEyes(null)).toBe(true);
    expect(parseFourEyes("true")).toBe(true);
    expect(parseFourEyes("flase")).toBe(true);
    expect(parseFourEyes("false")).toBe(false);
    expect(parseFourEyes(" FALSE ")).toBe(false);
  });

  it("blockedByFourEyes says when the UI should warn", () => {
    expect(blockedByFourEyes(RUI, { verdictSetById: RUI }, true)).toBe(true);
    expect(blockedByFourEyes(RUI, { verdictSetById: RUI }, false)).toBe(false);
    expect(blockedByFourEyes(RUI, { verdictSetById: ANA }, true)).toBe(false);
  });
});

describe("availableReviewActions", () => {
  const editor = { id: ANA, role: "editor" as const };
  const reviewer = { id: RUI, role: "reviewer" as const };
  const viewer = { id: "v", role: "viewer" as const };

  it("offers an editor only Submit, on open claims", () => {
    expect(availableReviewActions(editor, { reviewState: "open" })).toEqual(["submit"]);
    expect(availableReviewActions(editor, { reviewState: "needs_review" })).toEqual([]);
    expect(availableReviewActions(editor, { reviewState: "approved" })).toEqual([]);
  });

  it("offers a reviewer Approve and Send back on waiting claims, Reopen on approved ones", () => {
    expect(availableReviewActions(reviewer, { reviewState: "open" })).toEqual(["submit"]);
    expect(availableReviewActions(reviewer, { reviewState: "needs_review" })).toEqual(["approve", "send_back"]);
    expect(availableReviewActions(reviewer, { reviewState: "approved" })).toEqual(["reopen"]);
  });

  it("offers a viewer nothing", () => {
    for (const reviewState of REVIEW_STATES) expect(availableReviewActions(viewer, { reviewState })).toEqual([]);
  });
});
