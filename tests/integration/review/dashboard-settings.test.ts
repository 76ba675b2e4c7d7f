import { describe, expect, it } from "vitest";
import { getArticleDashboard } from "@/lib/server/get-article-dashboard";
import { getSettings } from "@/lib/server/get-settings";
import { reviewClaim } from "@/lib/server/review-claim";
import { updateSettings } from "@/lib/server/update-settings";
import { db, makeUser } from "../helpers";
import { makeArticle, makeReadyClaim } from "./fixtures";

describe("article dashboard", () => {
  it("counts progress, verdicts, states and who worked on the article", async () => {
    const ana = await makeUser("editor", "Ana Editor");
    const rui = await makeUser("reviewer", "Rui Reviewer");
    const articleId = await makeArticle(ana);
    const claim = await makeReadyClaim(ana, articleId);
    await makeReadyClaim(ana, articleId, { exact: "on Tuesday", sources: 0 });
    const submitted = (await reviewClaim(ana, claim.id, { action: "submit", version: claim.version })).claim;
    await reviewClaim(rui, claim.id, { action: "approve", version: submitted.version });

    const d = await getArticleDashboard(await makeUser("viewer"), articleId);
    expect(d).toMatchObject({ total: 2, approved: 1 });
    expect(d.byVerdict.find((v) => v.verdict === "misleading")?.count).toBe(2);
    expect(d.byVerdict).toHaveLength(6);
    expect(d.byState).toEqual([{ state: "open", count: 1 }, { state: "needs_review", count: 0 }, { state: "approved", count: 1 }]);
    // Ana: article, 2 claims, 1 source link, 1 submit = 5 events; Rui: 1 approval.
    expect(d.contributors.map((c) => [c.name, c.events])).toEqual([["Ana Editor", 5], ["Rui Reviewer", 1]]);
  });

  it("answers 404 for an unknown article", async () => {
    await expect(getArticleDashboard(await makeUser("viewer"), "nope")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("newsroom settings", () => {
  it("only admins read or change them", async () => {
    const reviewer = await makeUser("reviewer");
    await expect(getSettings(reviewer)).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateSettings(reviewer, { fourEyes: false })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("defaults to four-eyes on, saves changes with one event each, and clears the URL", async () => {
    const admin = await makeUser("admin");
    expect(await getSettings(admin)).toEqual({ fourEyes: true, organisationName: "Factdesk", organisationUrl: null, organisationLogoUrl: null, methodology: "", correctionsPolicy: "", publicBaseUrl: null });
    const saved = await updateSettings(admin, { organisationName: "The Ledger Fact Check", organisationUrl: "https://ledger.example/factcheck" });
    expect(saved).toEqual({ fourEyes: true, organisationName: "The Ledger Fact Check", organisationUrl: "https://ledger.example/factcheck", organisationLogoUrl: null, methodology: "", correctionsPolicy: "", publicBaseUrl: null });
    expect(await db.event.count({ where: { type: "setting.updated" } })).toBe(2);
    // Saving the same values writes nothing.
    await updateSettings(admin, { organisationName: "The Ledger Fact Check" });
    expect(await db.event.count({ where: { type: "setting.updated" } })).toBe(2);
    expect((await updateSettings(admin, { organisationUrl: "" })).organisationUrl).toBeNull();
  });

  it("refuses a non-web organisation URL and an empty request", async () => {
    const admin = await makeUser("admin");
    await expect(updateSettings(admin, { organisationUrl: "javascript:alert(1)" })).rejects.toMatchObject({ name: "ZodError" });
    await expect(updateSettings(admin, {})).rejects.toMatchObject({ name: "ZodError" });
  });
});
