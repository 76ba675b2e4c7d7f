import { expect, test } from "@playwright/test";
import { newSignedInPage, openSampleArticle, signIn } from "../fixtures";
import { createClaimViaApi, openClaimFromText, waitForWorkbench } from "./helpers";

test("two editors change one claim: a clash opens the conflict dialog, different fields merge", async ({ page, browser }) => {
  await signIn(page, "editor");
  await openSampleArticle(page);
  await waitForWorkbench(page);
  const claim = await createClaimViaApi(page, "'Otherwise where would the Black Lives Matter movement come from,' Putin argued.");

  // Both work without the live stream here (as after a network drop), so each keeps the
  // version it loaded: this checks the server's conflict and merge rules. Live updates are
  // covered by tests/e2e/live/collaboration.spec.ts.
  const ben = await newSignedInPage(browser, "editor2");
  await ben.route("**/api/articles/*/events**", (r) => r.abort());
  await page.route("**/api/articles/*/events**", (r) => r.abort());
  await openSampleArticle(ben);
  await waitForWorkbench(ben);
  await openClaimFromText(ben, claim.id);
  await page.reload();
  await waitForWorkbench(page);
  await openClaimFromText(page, claim.id);

  // Ana saves first.
  const ana = page.getByTestId("claim-panel");
  await ana.getByLabel("Rationale").fill("Ana: a rhetorical question, not a checkable claim.");
  await ana.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByTestId("workbench-notice")).toContainText("Claim saved.");

  // Ben, still on the old version, edits the same field.
  const benPanel = ben.getByTestId("claim-panel");
  await benPanel.getByLabel("Rationale").fill("Ben: Putin's remark deflects from the question.");
  await benPanel.getByRole("button", { name: "Save claim" }).click();
  const dialog = ben.getByRole("dialog", { name: /Ana Editor changed this claim/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Ana: a rhetorical question");
  await expect(dialog).toContainText("Ben: Putin's remark deflects");
  await dialog.getByRole("button", { name: "Reapply mine on top" }).click();
  await expect(dialog).toBeHidden();
  await expect(ben.getByTestId("workbench-notice")).toContainText("Claim saved.");
  await expect(benPanel.getByLabel("Rationale")).toHaveValue("Ben: Putin's remark deflects from the question.");

  // Ana, now behind Ben, changes a different field: merged, and told so.
  await ana.getByRole("radio", { name: "Unverifiable" }).check();
  await ana.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByTestId("workbench-notice")).toContainText("Merged with Ben Editor’s edit to other fields");
  await expect(ana.getByLabel("Rationale")).toHaveValue("Ben: Putin's remark deflects from the question.");
  await ben.context().close();
});
