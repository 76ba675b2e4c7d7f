import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";
import { createArticle, LIVE_BODY, openArticle, openPanelTab } from "../live/helpers";
import { createClaimViaApi } from "./helpers";

const MAYOR = "The mayor said the new bridge cost 40 million euros to build.";

test("a claim whose words changed shows Was / Now in its panel, and accepting the new wording anchors it again", async ({ page }) => {
  await signIn(page, "editor");
  const articleId = await createArticle(page, `Changed wording ${Date.now()}`);
  await openArticle(page, articleId);
  const claim = await createClaimViaApi(page, MAYOR);
  const revised = await page.request.post(`/api/articles/${articleId}/revisions`, {
    data: { version: 1, body: LIVE_BODY.replace("40 million", "45 million"), note: "Publisher corrected the cost" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(revised.status(), await revised.text()).toBeLessThan(300);

  await openArticle(page, articleId, `?claim=${claim.id}`);
  const panel = page.getByTestId("claim-panel");
  await expect(panel).toHaveAttribute("data-claim-id", claim.id);
  const changed = panel.getByTestId("changed-wording");
  await expect(changed.getByTestId("changed-wording-was")).toHaveText(`“${MAYOR}”`);
  await expect(changed.getByTestId("changed-wording-now")).toHaveText(`“${MAYOR.replace("40", "45")}”`);
  await expect(changed.locator("del")).toContainText("40");
  await expect(changed.locator("ins")).toContainText("45");
  await changed.screenshot({ path: "test-results/changed-wording.png" });
  const item = page.locator(`[data-claim-item="${claim.id}"]`);
  await expect(item).toContainText("Text changed");

  await changed.getByRole("button", { name: "Accept the new wording" }).click();
  await expect(page.getByRole("status").filter({ hasText: "stands on the new wording" })).toBeVisible();
  await expect(changed).toHaveCount(0);
  await expect(item).not.toContainText("Text changed");

  // It is stored: after a reload the claim is in place, and History says what happened.
  await page.reload();
  await expect(page.getByTestId("claim-panel")).toHaveAttribute("data-claim-id", claim.id);
  await expect(page.getByTestId("changed-wording")).toHaveCount(0);
  await openPanelTab(page, /History/);
  await expect(page.getByTestId("claim-panel")).toContainText("accepted the new wording of a claim");
  await expect(page.getByTestId("claim-panel")).not.toContainText("previousExact");
});
