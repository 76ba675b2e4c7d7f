import { describe, expect, it } from "vitest";
import { ACTION_MIN_ROLE, can, hasRole } from "@/lib/domain/permissions";
import { ROLES } from "@/lib/domain/enums";

describe("can(user, action)", () => {
  it("lets a viewer read and export but not write", () => {
    const viewer = { role: "viewer" as const };
    expect(can(viewer, "article.read")).toBe(true);
    expect(can(viewer, "export.read")).toBe(true);
    expect(can(viewer, "claim.create")).toBe(false);
    expect(can(viewer, "article.create")).toBe(false);
  });

  it("lets an editor create claims but not approve them", () => {
    expect(can({ role: "editor" }, "claim.create")).toBe(true);
    expect(can({ role: "editor" }, "review.approve")).toBe(false);
  });

  it("lets a reviewer approve but not manage users", () => {
    expect(can({ role: "reviewer" }, "review.approve")).toBe(true);
    expect(can({ role: "reviewer" }, "user.manage")).toBe(false);
  });

  it("gives an admin every action", () => {
    for (const action of Object.keys(ACTION_MIN_ROLE) as (keyof typeof ACTION_MIN_ROLE)[]) {
      expect(can({ role: "admin" }, action)).toBe(true);
    }
  });

  it("refuses everything to nobody", () => {
    expect(can(null, "article.read")).toBe(false);
    expect(hasRole(undefined, "viewer")).toBe(false);
  });

  it("treats roles as cumulative", () => {
    for (const [i, role] of ROLES.entries()) {
      for (const [j, other] of ROLES.entries()) expect(hasRole({ role }, other)).toBe(i >= j);
    }
  });
});
