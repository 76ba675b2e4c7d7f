import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";
import { createArticle, highlight, openArticle } from "../live/helpers";
import { createClaimViaApi, isCreateClaim, selectWithMouse } from "./helpers";

const MAYOR = "The mayor said the new bridge cost 40 million euros to build.";

test("marking words that are already a claim warns first: open the claim, or mark anyway; the two badges sit side by side", async ({ page }) => {
  await signIn(page, "editor");
  const articleId = await createArticle(page, `Overlap ${Date.now()}`);
  await openArticle(page, articleId);
  const first = await createClaimViaApi(page, MAYOR);
  await openArticle(page, articleId);
  await expect(highlight(page, first.id)).toHaveCount(1);
  const list = page.getByRole("list", { name: "Claims in reading order" });
  await expect(list.getByRole("button").first()).toContainText("#1");

  let creates = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && /\/api\/articles\/[^/]+\/claims$/.test(r.url())) creates++;
  });

  // The same sentence again: a warning, and "Open claim #1" (the default) opens it without marking.
  await selectWithMouse(page, MAYOR);
  await page.keyboard.press("ControlOrMeta+Shift+M");
  const dialog = page.getByRole("dialog", { name: "This text is already claim #1." });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("list", { name: "Claims on these words" })).toContainText("#1");
  await expect(dialog.getByRole("button", { name: "Open claim #1" })).toBeFocused();
  await page.screenshot({ path: "test-results/overlap-dialog.png" });
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("claim-panel")).toHaveAttribute("data-claim-id", first.id);
  expect(creates).toBe(0);

  // Words inside the claim: the warning says so; Cancel marks nothing.
  await selectWithMouse(page, "40 million euros");
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  await expect(page.getByRole("dialog", { name: "This text lies inside claim #1." })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  expect(creates).toBe(0);

  // Mark the same sentence anyway: a second claim, and both verdict letters stay visible.
  await selectWithMouse(page, MAYOR);
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  const created = page.waitForResponse(isCreateClaim);
  await page.getByRole("dialog").getByRole("button", { name: "Mark anyway" }).click();
  expect((await created).status()).toBe(201);
  await expect(list.getByRole("listitem")).toHaveCount(2);

  const group = page.locator(".ProseMirror .claim-badges");
  await expect(group).toHaveCount(1);
  const letters = group.locator("sup[data-claim-badge]");
  await expect(letters).toHaveCount(2);
  const [a, b] = [await letters.nth(0).boundingBox(), await letters.nth(1).boundingBox()];
  expect(a && b).toBeTruthy();
  // Side by side, not on top of each other.
  expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x + 0.5);
  // The letters do not push the line apart: the paragraph is as tall as a plain one.
  const heights = await page.evaluate(() => [...document.querySelectorAll(".ProseMirror p")].map((p) => Math.round(p.getBoundingClientRect().height)));
  expect(heights[0]).toBe(heights[1]);
  await page.locator(".ProseMirror p").first().screenshot({ path: "test-results/overlap-badges.png" });

  // Clicking each letter opens its own claim.
  const ids = await letters.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.claimBadge));
  for (const id of ids) {
    await group.locator(`sup[data-claim-badge="${id}"]`).click();
    await expect(page.getByTestId("claim-panel")).toHaveAttribute("data-claim-id", id!);
  }
});
