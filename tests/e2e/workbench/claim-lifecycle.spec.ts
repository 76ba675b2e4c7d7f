import { expect, test } from "@playwright/test";
import { openSampleArticle, signIn } from "../fixtures";
import { createClaimViaApi, highlightedText, openClaimFromText, selectWithMouse, waitForWorkbench } from "./helpers";

test.beforeEach(async ({ page }) => {
  await signIn(page, "editor");
  await openSampleArticle(page);
  await waitForWorkbench(page);
});

test("deleting a claim removes its highlight, and Undo brings it back", async ({ page }) => {
  const quote = "And Putin gave his own strong response to Biden's 'killer' accusation";
  const claim = await createClaimViaApi(page, quote);
  await page.reload();
  await waitForWorkbench(page);
  await openClaimFromText(page, claim.id);

  await page.getByTestId("claim-panel").getByRole("button", { name: "Delete claim" }).click();
  await expect(page.locator(`.claim-hl[data-claim-id="${claim.id}"]`)).toHaveCount(0);
  await expect(page.getByRole("status")).toContainText("Claim deleted.");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status")).toContainText("Claim restored.");
  await expect.poll(() => highlightedText(page, claim.id)).toBe(quote);
});

test("Update span moves a claim to newly selected words and keeps its verdict", async ({ page }) => {
  const claim = await createClaimViaApi(page, "our own qualities");
  await page.reload();
  await waitForWorkbench(page);
  await openClaimFromText(page, claim.id);
  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("radio", { name: "Misleading" }).check();
  await panel.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("status")).toContainText("Claim saved.");

  const wider = "We always see in another person our own qualities";
  await selectWithMouse(page, wider);
  await panel.getByRole("button", { name: "Update span to selection" }).click();
  await expect(page.getByRole("status")).toContainText("now covers the selected words");
  await expect(panel.getByTestId("claim-quote")).toHaveText(`“${wider}”`);
  await expect.poll(() => highlightedText(page, claim.id)).toBe(wider);
  await expect(panel.getByRole("radio", { name: "Misleading" })).toBeChecked();
});

test("an approved claim is shown locked, without editing controls", async ({ page }) => {
  await page.getByRole("list", { name: "Claims in reading order" }).getByRole("button", { name: /Among those hit with sanctions/ }).click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel).toContainText("Approved by Rui Reviewer");
  await expect(panel).toContainText("locked");
  await expect(panel.getByRole("button", { name: "Save claim" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Delete claim" })).toHaveCount(0);
});
