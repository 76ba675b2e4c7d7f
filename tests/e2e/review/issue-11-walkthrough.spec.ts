import { expect, test } from "@playwright/test";
import { newSignedInPage, openSampleArticle, signIn } from "../fixtures";
import { createArticle, openArticle, openPanelTab } from "../live/helpers";
import { createClaimViaApi, waitForWorkbench } from "../workbench/helpers";

/**
 * Issue 11, sections 2–4, walked through as the newsroom does it: two editors and a reviewer
 * on the sample article, then the queue, the inbox and the article's formatting. Each step
 * leaves a screenshot in test-results/walkthrough-*.png to look at.
 */
const PAY = "Biden told ABC News last week that Moscow will 'pay a price'";

test("two editors and a reviewer on the sample article: the send-back loop, the list's review filter, the queue's views, the inbox", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, "editor");
  await openSampleArticle(page);
  await waitForWorkbench(page);
  const ben = await newSignedInPage(browser, "editor2");
  await ben.goto(page.url());
  await waitForWorkbench(ben);
  const rui = await newSignedInPage(browser, "reviewer");
  await rui.goto(page.url());
  await waitForWorkbench(rui);

  // The reviewer sends the "pay a price" claim back with a note.
  const list = (p: typeof page) => p.getByRole("list", { name: "Claims in reading order" });
  await list(rui).getByRole("button", { name: new RegExp(PAY.slice(0, 30)) }).click();
  const ruiPanel = rui.getByTestId("claim-panel");
  const claimId = (await ruiPanel.getAttribute("data-claim-id"))!;
  await ruiPanel.getByRole("button", { name: /^Send back/ }).click();
  const dialog = rui.getByRole("dialog", { name: /Send this claim back|Send back to the editor/ });
  await dialog.getByLabel(/What should the editor fix/).fill("Give the broadcast date of the interview.");
  await dialog.getByRole("button", { name: "Send back" }).click();
  await expect(ruiPanel.getByTestId("review-state")).toHaveText("Sent back");

  // Both editors see it live, in the list and on the claim, with who and why.
  for (const p of [page, ben]) {
    const item = p.locator(`[data-claim-item="${claimId}"]`);
    await expect(item.getByTestId("review-state")).toHaveText("Sent back");
    await expect(item).toContainText("Sent back by Rui Reviewer");
  }
  // The list filters by review state.
  await page.getByLabel("Review state").selectOption("sent_back");
  await expect(list(page).getByRole("listitem")).toHaveCount(1);
  await page.screenshot({ path: "test-results/walkthrough-sent-back-list.png" });
  await page.getByLabel("Review state").selectOption("all");
  await list(page).getByRole("button", { name: new RegExp(PAY.slice(0, 30)) }).click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByTestId("review-note")).toContainText("Give the broadcast date of the interview.");
  await openPanelTab(page, /History/);
  await expect(panel.getByTestId("history-entry").first()).toContainText("sent a claim back");
  await expect(panel).not.toContainText(/approvedBy|anchorStatus|previousExact|reviewNote/);
  await page.screenshot({ path: "test-results/walkthrough-sent-back-panel.png" });

  // Ana (the claim's author) has a notification for it; the inbox marks all read.
  await expect(page.getByTestId("notification-bell")).not.toHaveAttribute("aria-label", "Notifications, none unread");
  await page.getByTestId("notification-bell").click();
  await expect(page.getByRole("main")).toContainText("Rui Reviewer sent back a claim of yours");
  await expect(page.getByRole("heading", { name: "Notify me when" })).toBeVisible();
  await page.screenshot({ path: "test-results/walkthrough-inbox.png", fullPage: true });
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Notifications, none unread");

  // Ben resubmits; the note goes for everyone.
  await list(ben).getByRole("button", { name: new RegExp(PAY.slice(0, 30)) }).click();
  await ben.getByTestId("claim-panel").getByRole("button", { name: "Submit for review" }).click();
  await expect(ben.getByTestId("claim-panel").getByTestId("review-state")).toHaveText("Needs review");
  await expect(rui.locator(`[data-claim-item="${claimId}"]`)).not.toContainText("Sent back by");

  // The reviewer's queue: opens on Needs review; a preset fills the form and Apply keeps it.
  await rui.goto("/review");
  await expect(rui).toHaveURL(/state=needs_review/);
  await expect(rui.getByLabel("Review state")).toHaveValue("needs_review");
  await rui.getByRole("link", { name: "Assigned to me", exact: true }).click();
  await expect(rui).toHaveURL(/assignee=me/);
  await expect(rui.getByLabel("Assignee")).toHaveValue("me");
  await expect(rui.getByLabel("Review state")).toHaveValue("");
  await rui.getByRole("button", { name: "Apply" }).click();
  await expect(rui).toHaveURL(/assignee=me/);
  await rui.getByRole("link", { name: "Needs review", exact: true }).click();
  await expect(rui.getByLabel("Review state")).toHaveValue("needs_review");
  const show = rui.getByRole("button", { name: "Show rationale and sources" }).first();
  await show.click();
  await expect(rui.getByTestId("queue-evidence").first()).toContainText("Rationale");
  await rui.screenshot({ path: "test-results/walkthrough-queue.png", fullPage: true });
  await ben.context().close();
  await rui.context().close();
});

test("the article looks like the article: headings, lists, quotes and links styled, highlights kept while editing the text", async ({ page }) => {
  await signIn(page, "editor");
  const body = "<h2>The bridge</h2><p>The mayor said the new bridge cost 40 million euros to build.</p><ul><li>Opened in 2022</li><li>Three lanes</li></ul><blockquote><p>It was on time.</p></blockquote><p>See <a href=\"https://example.org/report\">the report</a>.</p>";
  const articleId = await createArticle(page, `Formatting ${Date.now()}`, body, { bodyFormat: "html" });
  await openArticle(page, articleId);
  const claim = await createClaimViaApi(page, "The mayor said the new bridge cost 40 million euros to build.");
  await openArticle(page, articleId);
  const text = page.locator(".ProseMirror");
  const size = (sel: string) => text.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size("h2")).toBeGreaterThan(await size("p"));
  expect(await text.locator("ul").first().evaluate((el) => getComputedStyle(el).listStyleType)).toBe("disc");
  expect(await text.locator("blockquote").first().evaluate((el) => parseFloat(getComputedStyle(el).borderLeftWidth))).toBeGreaterThan(0);
  expect(await text.locator("a").first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("underline");
  await page.locator("section[aria-labelledby='article-text-heading']").screenshot({ path: "test-results/walkthrough-formatting.png" });

  await page.getByRole("button", { name: "Edit text" }).click();
  await expect(page.locator(`.ProseMirror .claim-hl[data-claim-id="${claim.id}"]`)).toHaveCount(1);
  await page.locator("section[aria-labelledby='article-text-heading']").screenshot({ path: "test-results/walkthrough-edit-text.png" });
});
