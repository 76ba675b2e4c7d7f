import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { newSignedInPage, signIn } from "../fixtures";
import { apiAs, makeFinishedClaim, openQueueRow } from "./helpers";

test("an editor submits from the queue, a reviewer approves, and the HTML report has the claim", async ({ page, browser }) => {
  await signIn(page, "editor");
  const made = await makeFinishedClaim(page, "Harbour record");

  // The editor submits the claim from the review queue.
  let row = await openQueueRow(page, made.articleId, made.claimId);
  await expect(row.getByTestId("review-state")).toHaveText("Open");
  await row.getByRole("button", { name: /^Submit for review/ }).click();
  await expect(page.getByTestId("queue-message")).toContainText("Submitted for review");
  await expect(row.getByTestId("review-state")).toHaveText("Needs review");
  await expect(row.getByRole("button", { name: /^Approve/ })).toHaveCount(0); // editors cannot approve

  // Another person, a reviewer, approves it.
  const reviewer = await newSignedInPage(browser, "reviewer");
  row = await openQueueRow(reviewer, made.articleId, made.claimId);
  await row.getByRole("button", { name: /^Approve/ }).click();
  await expect(reviewer.getByTestId("queue-message")).toContainText("Approved");
  await expect(row.getByTestId("review-state")).toHaveText("Approved");
  await expect(row.getByRole("button", { name: /^Reopen/ })).toBeVisible();

  // The dashboard shows the progress, and the Export menu downloads the HTML report.
  await reviewer.goto(`/articles/${made.articleId}/dashboard`);
  await expect(reviewer.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "1");
  const exportButton = reviewer.getByRole("button", { name: "Export" });
  await expect(exportButton).toHaveAttribute("aria-expanded", "false");
  await exportButton.click();
  await expect(exportButton).toHaveAttribute("aria-expanded", "true");
  const [download] = await Promise.all([reviewer.waitForEvent("download"), reviewer.getByRole("link", { name: /HTML report/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^factdesk-harbour-record-\d+-\d{4}-\d{2}-\d{2}\.html$/);
  const html = readFileSync((await download.path())!, "utf8");
  expect(html).toContain(made.quote);
  expect(html).toContain("Misleading");
  expect(html).toContain("Port authority annual report");
  await reviewer.context().close();
});

test("sending back asks for a note in a dialog and records it", async ({ page, browser }) => {
  await signIn(page, "editor");
  const made = await makeFinishedClaim(page, "Harbour sendback");
  const row = await openQueueRow(page, made.articleId, made.claimId);
  await row.getByRole("button", { name: /^Submit for review/ }).click();
  await expect(row.getByTestId("review-state")).toHaveText("Needs review");

  const reviewer = await newSignedInPage(browser, "reviewer");
  const reviewerRow = await openQueueRow(reviewer, made.articleId, made.claimId);
  await reviewerRow.getByRole("button", { name: /^Send back/ }).click();
  const dialog = reviewer.getByRole("dialog", { name: "Send back to the editor" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Send back" }).click();
  await expect(dialog.getByText(/Write a note/)).toBeVisible(); // empty notes are refused
  await dialog.getByLabel(/What should the editor fix/).fill("Compare with the 2019 figure in the report.");
  await dialog.getByRole("button", { name: "Send back" }).click();
  await expect(dialog).toBeHidden();
  await expect(reviewerRow.getByTestId("review-state")).toHaveText("Sent back");
  await reviewer.context().close();

  // The editor sees who sent it back and why, in the queue and on the claim, until resubmitting.
  await page.reload();
  await expect(row.getByTestId("review-state")).toHaveText("Sent back");
  await expect(row.getByTestId("review-note")).toHaveText("Sent back by Rui Reviewer: Compare with the 2019 figure in the report.");
  await page.goto(`/articles/${made.articleId}?claim=${made.claimId}`);
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByTestId("review-note")).toContainText("Sent back by Rui Reviewer:");
  await expect(panel.getByTestId("review-note")).toContainText("Compare with the 2019 figure in the report.");
  await expect(page.locator(`[data-claim-item="${made.claimId}"]`).getByTestId("review-state")).toHaveText("Sent back");
  await panel.getByRole("tab", { name: "History" }).click();
  const history = panel.getByTestId("history-entry").first();
  await expect(history).toContainText("Rui Reviewer sent a claim back");
  await expect(history).toContainText("Note: Compare with the 2019 figure in the report.");
  await expect(panel).not.toContainText(/approvedBy|anchorStatus|previousExact/);
  await panel.getByRole("tab", { name: "Details" }).click();
  await panel.getByRole("button", { name: "Submit for review" }).click();
  await expect(panel.getByTestId("review-state")).toHaveText("Needs review");
  await expect(panel.getByTestId("review-note")).toHaveCount(0);
});

test("bulk assignment from the queue changes what it can and explains the locked claim", async ({ page, browser }) => {
  await signIn(page, "editor");
  const first = await makeFinishedClaim(page, "Harbour bulk");
  const second = await makeFinishedClaim(page, "Harbour bulk", first);
  const submitted = await apiAs<{ claim: { version: number } }>(page, "POST", `/api/claims/${second.claimId}/review`, { action: "submit", version: second.version });
  const reviewer = await newSignedInPage(browser, "reviewer");
  await apiAs(reviewer, "POST", `/api/claims/${second.claimId}/review`, { action: "approve", version: submitted.claim.version });
  await reviewer.context().close();

  await page.goto(`/review?article=${first.articleId}`);
  await expect(page.getByTestId("queue-row")).toHaveCount(2);
  await page.getByRole("checkbox", { name: "Select all claims on this page" }).check();
  await expect(page.getByText("2 claims selected")).toBeVisible();
  await page.getByLabel("Assign selected claims to").selectOption({ label: "Ben Editor" });
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  const message = page.getByTestId("queue-message");
  await expect(message).toContainText("Assigned 1 claim. 1 claim was skipped:");
  await expect(message).toContainText("approved and locked");
  await expect(page.locator(`[data-testid="queue-row"][data-claim-id="${first.claimId}"]`)).toContainText("Ben Editor");

  // "Assigned to me" as Ben shows the claim.
  const ben = await newSignedInPage(browser, "editor2");
  await ben.goto("/review");
  await ben.getByRole("link", { name: "Assigned to me" }).click();
  await expect(ben.locator(`[data-testid="queue-row"][data-claim-id="${first.claimId}"]`)).toBeVisible();
  await ben.context().close();
});
