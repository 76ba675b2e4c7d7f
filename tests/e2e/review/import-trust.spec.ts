/**
 * Issue 10 §1–2 in the browser: "Keep approvals" on import (reviewers only), the file's
 * history under "Imported history", and the count of withdrawn approvals after a text edit.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { newSignedInPage, signIn } from "../fixtures";
import { selectWithMouse } from "../workbench/helpers";
import { openArticle } from "../live/helpers";
import { apiAs, makeFinishedClaim } from "./helpers";

// Two browsers, an export, an import and a production server on a shared, busy machine.
test.setTimeout(180_000);

test("a reviewer keeps approvals on import; the file's history is shown as imported history", async ({ page, browser }) => {
  // Work done in "another newsroom": an editor's claim, approved by the reviewer.
  await signIn(page, "editor");
  const made = await makeFinishedClaim(page, "Harbour provenance");
  await apiAs(page, "POST", `/api/claims/${made.claimId}/review`, { action: "submit", version: made.version });
  const reviewer = await newSignedInPage(browser, "reviewer");
  await reviewer.goto("/articles");
  await apiAs(reviewer, "POST", `/api/claims/${made.claimId}/review`, { action: "approve", version: made.version + 1 });
  const json = await (await page.request.get(`/api/articles/${made.articleId}/export?format=json&drafts=1`)).text();

  // An editor is not offered the choice.
  await page.goto("/articles/import");
  await expect(page.getByRole("form", { name: "Import a Factdesk export" })).toBeVisible();
  await expect(page.getByLabel("Keep approvals")).toHaveCount(0);

  await reviewer.goto("/articles/import");
  const form = reviewer.getByRole("form", { name: "Import a Factdesk export" });
  await form.getByLabel("Export file (.json)").setInputFiles({ name: "harbour.json", mimeType: "application/json", buffer: Buffer.from(json) });
  await form.getByLabel("Keep approvals").check();
  expect((await new AxeBuilder({ page: reviewer }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await form.getByRole("button", { name: "Import as a new article" }).click();
  await expect(reviewer.getByTestId("import-done")).toContainText("1 approval kept, recorded as approved by you from this file.");
  await reviewer.getByRole("link", { name: "Open the article" }).click();
  await reviewer.waitForURL(/\/articles\/(?!import)[\w-]+$/);
  const id = reviewer.url().split("/articles/")[1];
  const copy = await apiAs<{ claims: { id: string; reviewState: string }[] }>(reviewer, "GET", `/api/articles/${id}`);
  expect(copy.claims.map((c) => c.reviewState)).toEqual(["approved"]);

  await reviewer.goto(`/articles/${id}?claim=${copy.claims[0].id}`);
  const panel = reviewer.getByTestId("claim-panel");
  await panel.getByRole("tab", { name: "History" }).click();
  await expect(panel.getByTestId("history-entry").first()).toContainText("Rui Reviewer kept a claim’s approval from an imported file");
  await expect(panel.getByTestId("history-entry").first()).toContainText("Approval imported by Rui Reviewer from file harbour.json; originally approved by Rui Reviewer on");
  const imported = panel.getByTestId("imported-history");
  await expect(imported.getByRole("heading", { name: "Imported history" })).toBeVisible();
  await expect(imported).toContainText("Rui Reviewer approved a claim");
  await expect(imported).toContainText("Ana Editor");
  await reviewer.screenshot({ path: test.info().outputPath("imported-history.png"), fullPage: true });
  await reviewer.context().close();
});

test("editing approved words withdraws the approval, and the save says so", async ({ page, browser }) => {
  await signIn(page, "editor");
  const made = await makeFinishedClaim(page, "Harbour withdrawal");
  await apiAs(page, "POST", `/api/claims/${made.claimId}/review`, { action: "submit", version: made.version });
  const reviewer = await newSignedInPage(browser, "reviewer");
  await reviewer.goto("/articles");
  await apiAs(reviewer, "POST", `/api/claims/${made.claimId}/review`, { action: "approve", version: made.version + 1 });
  await reviewer.context().close();

  await openArticle(page, made.articleId);
  await page.getByRole("button", { name: "Edit text" }).click();
  await selectWithMouse(page, "2.4 million");
  await page.keyboard.type("2.6 million");
  const bar = page.getByTestId("text-editing");
  await bar.getByLabel("Note (what changed)").fill("Corrected container count");
  await bar.getByRole("button", { name: "Save new version" }).click();
  await expect(page.getByTestId("workbench-notice")).toContainText("0 claims kept, 1 changed, 0 orphaned; 1 approval withdrawn (back to review)");
  const claim = await apiAs<{ claim: { reviewState: string } }>(page, "GET", `/api/claims/${made.claimId}`);
  expect(claim.claim.reviewState).toBe("needs_review");
});
