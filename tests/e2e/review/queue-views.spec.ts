import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";
import { apiAs, makeFinishedClaim } from "./helpers";

// Several page loads and two accounts per test: generous on a shared, busy machine.
test.setTimeout(180_000);

test("the queue opens on Needs review for a reviewer, and the form always shows the URL's filters", async ({ page, browser }) => {
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, "editor");
  const made = await makeFinishedClaim(editor, "Harbour queue views");
  await apiAs(editor, "POST", `/api/claims/${made.claimId}/review`, { action: "submit", version: made.version });
  await editorContext.close();

  await signIn(page, "reviewer");
  await page.getByRole("link", { name: "Review queue" }).first().click();
  await expect(page).toHaveURL(/\/review\?state=needs_review$/);
  const form = page.getByRole("search", { name: "Filter claims" });
  await expect(form.getByLabel("Review state")).toHaveValue("needs_review");
  await expect(page.getByRole("link", { name: "Needs review" })).toHaveAttribute("aria-current", "page");

  // A quick view updates the form; Apply then keeps it.
  await page.getByRole("link", { name: "Assigned to me" }).click();
  await expect(page).toHaveURL(/assignee=me/);
  await expect(form.getByLabel("Assignee")).toHaveValue("me");
  await expect(form.getByLabel("Review state")).toHaveValue("");
  await form.getByLabel("Verdict").selectOption("misleading");
  await form.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/assignee=me/);
  await expect(page).toHaveURL(/verdict=misleading/);
  await expect(form.getByLabel("Assignee")).toHaveValue("me");

  // Everything is one click away and stays everything.
  await page.getByRole("link", { name: "Everything" }).click();
  await expect(form.getByLabel("Review state")).toHaveValue("");
  await expect(form.getByLabel("Assignee")).toHaveValue("");

  // A row unfolds to the evidence before approving.
  await page.goto(`/review?article=${made.articleId}`);
  const row = page.locator(`[data-testid="queue-row"][data-claim-id="${made.claimId}"]`);
  await row.getByRole("button", { name: "Show rationale and sources" }).click();
  const evidence = row.getByTestId("queue-evidence");
  await expect(evidence).toContainText("The 2019 figure was higher");
  await expect(evidence.getByRole("link", { name: "Port authority annual report" })).toBeVisible();
  await expect(row.getByRole("button", { name: /^Approve/ })).toBeEnabled();
});

test("Submit is disabled on an incomplete claim, with what it still needs", async ({ page }) => {
  await signIn(page, "editor");
  const { id: articleId } = await apiAs<{ id: string }>(page, "POST", "/api/articles", { title: `Incomplete ${Date.now()}`, body: "Exports rose by 40 per cent in 2025." });
  const { claim } = await apiAs<{ claim: { id: string } }>(page, "POST", `/api/articles/${articleId}/claims`, { exact: "Exports rose by 40 per cent" });
  await page.goto(`/articles/${articleId}?claim=${claim.id}`);
  const panel = page.getByTestId("claim-panel");
  const submit = panel.getByRole("button", { name: "Submit for review" });
  await expect(submit).toBeDisabled();
  await expect(panel.getByTestId("review-blocked-reason")).toContainText("needs a verdict, a rationale and at least one source");
  await expect(page.locator(`[data-claim-item="${claim.id}"]`).getByTestId("review-state")).toHaveText("Open");

  // The list filters by review state.
  await page.getByRole("combobox", { name: "Review state" }).selectOption("needs_review");
  await expect(page.locator(`[data-claim-item="${claim.id}"]`)).toHaveCount(0);
  await page.getByRole("combobox", { name: "Review state" }).selectOption("open");
  await expect(page.locator(`[data-claim-item="${claim.id}"]`)).toHaveCount(1);
});
