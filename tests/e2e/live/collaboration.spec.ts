import { expect, test } from "@playwright/test";
import { newSignedInPage, signIn } from "../fixtures";
import { highlightedText, isCreateClaim, openClaimFromText, selectWithMouse } from "../workbench/helpers";
import { createArticle, highlight, openArticle, openPanelTab } from "./helpers";

const SENTENCE = "The mayor said the new bridge cost 40 million euros to build.";

test("two editors: a claim marked by one appears for the other, a verdict set by the other reaches the first, and each sees who is here", async ({ page, browser }) => {
  await signIn(page, "editor");
  const articleId = await createArticle(page, `Live marking ${Date.now()}`);
  await openArticle(page, articleId);
  const ben = await newSignedInPage(browser, "editor2");
  await openArticle(ben, articleId);

  // Presence: both people are shown on both pages.
  for (const [p, name] of [[page, "Ben Editor"], [ben, "Ana Editor"]] as const) {
    await expect(p.getByTestId("presence").getByRole("listitem", { name: new RegExp(name) })).toBeVisible();
  }
  await expect(page.getByTestId("presence").getByRole("listitem", { name: /Ana Editor \(you\)/ })).toBeVisible();

  // Ana marks a sentence; Ben sees the highlight without reloading, and a toast says who did it.
  await selectWithMouse(page, SENTENCE);
  const created = page.waitForResponse(isCreateClaim);
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  const claimId: string = (await (await created).json()).claim.id;
  await expect.poll(() => highlightedText(ben, claimId)).toBe(SENTENCE);
  await expect(ben.getByTestId("live-toasts")).toContainText("Ana marked a claim");
  await expect(ben.getByRole("list", { name: "Claims in reading order" })).toContainText("The mayor said the new bridge");
  // Ana has the claim open, so Ben sees that she is editing it.
  await expect(ben.locator(`[data-claim-item="${claimId}"]`)).toContainText("Ana Editor is editing");

  // Ben sets a verdict; Ana's open panel and highlight follow, without a reload.
  await openClaimFromText(ben, claimId);
  const benPanel = ben.getByTestId("claim-panel");
  await expect(benPanel.getByTestId("panel-editing-by")).toContainText("Ana Editor is editing this claim");
  await benPanel.getByRole("radio", { name: "Disputed" }).check();
  await benPanel.getByRole("button", { name: "Save claim" }).click();
  await expect(ben.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();

  const anaPanel = page.getByTestId("claim-panel");
  await expect(anaPanel.getByRole("radio", { name: "Disputed" })).toBeChecked();
  await expect(highlight(page, claimId).first()).toHaveClass(/claim-hl--disputed/);
  await expect(page.getByTestId("live-toasts")).toContainText("Ben set a verdict: disputed");
  await expect(page.locator(`[data-claim-item="${claimId}"]`)).toContainText("Ben Editor is editing");

  // Ben deletes it: it disappears from Ana's text and list.
  await benPanel.getByRole("button", { name: "Delete claim" }).click();
  await expect(highlight(page, claimId)).toHaveCount(0);
  await expect(page.locator(`[data-claim-item="${claimId}"]`)).toHaveCount(0);
  await ben.context().close();
});

test("both edit the same rationale: the second sees the conflict dialog with both texts and loses nothing", async ({ page, browser }) => {
  await signIn(page, "editor");
  const articleId = await createArticle(page, `Live conflict ${Date.now()}`);
  const origin = new URL(page.url()).origin;
  const res = await page.request.post(`/api/articles/${articleId}/claims`, { data: { exact: "Critics claim the project was delayed by twelve months." }, headers: { origin } });
  const claimId: string = (await res.json()).claim.id;

  await openArticle(page, articleId, `?claim=${claimId}`);
  const ben = await newSignedInPage(browser, "editor2");
  await openArticle(ben, articleId, `?claim=${claimId}`);
  const ana = page.getByTestId("claim-panel");
  const benPanel = ben.getByTestId("claim-panel");
  await expect(ana).toHaveAttribute("data-claim-id", claimId);
  await expect(benPanel).toHaveAttribute("data-claim-id", claimId);

  // Ben starts typing; Ana saves first. Ben's unsaved text survives the live update.
  await benPanel.getByLabel("Rationale").fill("Ben: the council minutes show a nine-month delay.");
  await ana.getByLabel("Rationale").fill("Ana: the contractor's report says twelve months.");
  await ana.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();
  await expect(ben.getByTestId("live-toasts")).toContainText("Ana edited a rationale");
  await expect(benPanel.getByLabel("Rationale")).toHaveValue("Ben: the council minutes show a nine-month delay.");

  await benPanel.getByRole("button", { name: "Save claim" }).click();
  const dialog = ben.getByRole("dialog", { name: /Ana Editor changed this claim/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Ana: the contractor's report says twelve months.");
  await expect(dialog).toContainText("Ben: the council minutes show a nine-month delay.");
  await dialog.getByRole("button", { name: "Reapply mine on top" }).click();
  await expect(dialog).toBeHidden();
  await expect(benPanel.getByLabel("Rationale")).toHaveValue("Ben: the council minutes show a nine-month delay.");
  // Ana's untouched form follows Ben's saved version live.
  await expect(ana.getByLabel("Rationale")).toHaveValue("Ben: the council minutes show a nine-month delay.");
  await ben.context().close();
});

test("a comment mentioning @Ben Editor in the workbench shows up on Ben's Mentions page and links back to the claim", async ({ page, browser }) => {
  await signIn(page, "editor");
  const articleId = await createArticle(page, `Live mention ${Date.now()}`);
  const origin = new URL(page.url()).origin;
  const res = await page.request.post(`/api/articles/${articleId}/claims`, { data: { exact: "The city council approved a second bridge last week." }, headers: { origin } });
  const claimId: string = (await res.json()).claim.id;
  const ben = await newSignedInPage(browser, "editor2");
  await openArticle(ben, articleId, `?claim=${claimId}`);

  await openArticle(page, articleId, `?claim=${claimId}`);
  const panel = page.getByTestId("claim-panel");
  await openPanelTab(page, /Comments/);
  const stamp = String(Date.now());
  await panel.getByLabel("New comment").fill(`@Ben Editor can you find the council vote? ${stamp}`);
  await panel.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(panel.getByTestId("claim-comments")).toContainText(stamp);

  // Ben, on the same claim, sees the comment count and (on his Comments tab) the comment live.
  const benPanel = ben.getByTestId("claim-panel");
  await expect(benPanel.getByRole("tab", { name: /Comments \(1\)/ })).toBeVisible();
  await openPanelTab(ben, /Comments/);
  await expect(benPanel.getByTestId("claim-comments")).toContainText(stamp);

  await ben.goto("/mentions");
  const item = ben.getByRole("list", { name: "Unread mentions" }).getByTestId("mention").filter({ hasText: stamp });
  await expect(item).toContainText("Ana Editor");
  await item.getByRole("link").click();
  await expect(ben).toHaveURL(new RegExp(`/articles/${articleId}\\?claim=${claimId}`), { timeout: 30_000 });
  await expect(ben.getByTestId("claim-panel")).toHaveAttribute("data-claim-id", claimId);
  await ben.context().close();
});
