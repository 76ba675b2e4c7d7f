import { describe, expect, it } from "vitest";
import {
  claimRemoved,
  claimSelected,
  claimsInDocumentOrder,
  claimsReplaced,
  claimUpserted,
  countByVerdict,
  initialWorkbenchState,
  isTempId,
  makeTempClaim,
  neighbourClaimId,
  selectedClaim,
  tempClaimAdded,
  tempClaimConfirmed,
  tempClaimRejected,
  workbenchReducer as reduce,
} from "@/app/articles/[id]/_workbench/state";
import { claim } from "./claim-fixtures";

const anchor = { exact: "Russia denies", prefix: "", suffix: " the meddling", start: 10, end: 23 };
const actor = { id: "u-ana", name: "Ana Editor" };

describe("workbench state", () => {
  it("starts from the server's claims, without deleted ones", () => {
    const state = initialWorkbenchState([claim({ id: "c1" }), claim({ id: "c2", deletedAt: "2021-03-24T00:00:00.000Z" })]);
    expect(Object.keys(state.claims)).toEqual(["c1"]);
    expect(state.selectedId).toBeNull();
  });

  it("lists claims in document order, an enclosing claim before the claims inside it", () => {
    const state = initialWorkbenchState([claim({ id: "inner", start: 5, end: 9 }), claim({ id: "later", start: 20, end: 30 }), claim({ id: "outer", start: 5, end: 15 })]);
    expect(claimsInDocumentOrder(state).map((c) => c.id)).toEqual(["outer", "inner", "later"]);
  });

  it("upserts a newer version and ignores an older one arriving late", () => {
    let state = initialWorkbenchState([claim({ id: "c1", version: 3, verdict: "false" })]);
    state = reduce(state, claimUpserted(claim({ id: "c1", version: 2, verdict: "verified" })));
    expect(state.claims.c1.verdict).toBe("false");
    state = reduce(state, claimUpserted(claim({ id: "c1", version: 4, verdict: "disputed" })));
    expect(state.claims.c1.verdict).toBe("disputed");
  });

  it("removes a claim, clears its selection, and does not let a stale update bring it back", () => {
    let state = initialWorkbenchState([claim({ id: "c1", version: 2 })], "c1");
    state = reduce(state, claimRemoved("c1", 3));
    expect(state.claims.c1).toBeUndefined();
    expect(state.selectedId).toBeNull();
    state = reduce(state, claimUpserted(claim({ id: "c1", version: 3 })));
    expect(state.claims.c1).toBeUndefined();
    // A restore has a newer version and does bring it back.
    state = reduce(state, claimUpserted(claim({ id: "c1", version: 4 })));
    expect(state.claims.c1.version).toBe(4);
  });

  it("treats an upsert of a deleted claim as a removal", () => {
    const state = reduce(initialWorkbenchState([claim({ id: "c1" })]), claimUpserted(claim({ id: "c1", version: 2, deletedAt: "2021-03-24T00:00:00.000Z" })));
    expect(state.claims.c1).toBeUndefined();
  });

  it("selects only claims it knows", () => {
    let state = initialWorkbenchState([claim({ id: "c1" })]);
    state = reduce(state, claimSelected("nope"));
    expect(state.selectedId).toBeNull();
    state = reduce(state, claimSelected("c1"));
    expect(selectedClaim(state)?.id).toBe("c1");
    expect(reduce(state, claimSelected(null)).selectedId).toBeNull();
  });

  it("draws an optimistic claim at once, selects it, and swaps in the server's claim", () => {
    const temp = makeTempClaim({ articleId: "a1", anchor, actor });
    expect(isTempId(temp.id)).toBe(true);
    let state = reduce(initialWorkbenchState([]), tempClaimAdded(temp));
    expect(claimsInDocumentOrder(state).map((c) => c.id)).toEqual([temp.id]);
    expect(state.selectedId).toBe(temp.id);

    const saved = claim({ id: "c9", ...anchor });
    state = reduce(state, tempClaimConfirmed(temp.id, saved));
    expect(state.pending).toEqual({});
    expect(state.claims.c9).toBe(saved);
    expect(state.selectedId).toBe("c9");
  });

  it("takes an optimistic claim out again when the server refuses it", () => {
    const temp = makeTempClaim({ articleId: "a1", anchor, actor });
    let state = reduce(initialWorkbenchState([claim({ id: "c1" })]), tempClaimAdded(temp));
    state = reduce(state, tempClaimRejected(temp.id));
    expect(claimsInDocumentOrder(state).map((c) => c.id)).toEqual(["c1"]);
    expect(state.selectedId).toBeNull();
  });

  it("keeps in-flight optimistic claims when the whole list is replaced", () => {
    const temp = makeTempClaim({ articleId: "a1", anchor, actor });
    let state = reduce(initialWorkbenchState([claim({ id: "c1" })]), tempClaimAdded(temp));
    state = reduce(state, claimsReplaced([claim({ id: "c2" })]));
    expect(claimsInDocumentOrder(state).map((c) => c.id).sort()).toEqual(["c2", temp.id].sort());
    expect(state.selectedId).toBe(temp.id);
  });

  it("does not duplicate a claim that arrived live before the POST answered", () => {
    const temp = makeTempClaim({ articleId: "a1", anchor, actor });
    const saved = claim({ id: "c9", ...anchor });
    let state = reduce(initialWorkbenchState([]), tempClaimAdded(temp));
    state = reduce(state, claimUpserted(saved));
    state = reduce(state, tempClaimConfirmed(temp.id, saved));
    expect(claimsInDocumentOrder(state).map((c) => c.id)).toEqual(["c9"]);
  });

  it("counts claims per verdict and walks them with wrap-around", () => {
    const list = [claim({ id: "a", verdict: "false" }), claim({ id: "b", verdict: "false" }), claim({ id: "c", verdict: "verified" })];
    // Keys of any rating scale; a verdict nobody uses is absent (the list shows it as 0).
    expect(countByVerdict(list)).toEqual({ verified: 1, false: 2 });
    expect(neighbourClaimId(list, null, 1)).toBe("a");
    expect(neighbourClaimId(list, null, -1)).toBe("c");
    expect(neighbourClaimId(list, "c", 1)).toBe("a");
    expect(neighbourClaimId(list, "a", -1)).toBe("c");
    expect(neighbourClaimId([], null, 1)).toBeNull();
  });
});
