import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openSampleArticle, signIn } from "../fixtures";
import { waitForWorkbench } from "./helpers";

async function seriousViolations(page: Page) {
  // nextjs-portal is the development overlay, absent from production builds.
  const results = await new AxeBuilder({ page }).exclude("nextjs-portal").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

test("the workbench has no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, "editor");
  await openSampleArticle(page);
  await waitForWorkbench(page);
  expect(await seriousViolations(page)).toEqual([]);

  // With a claim open in the panel, its source form open, and the shortcuts dialog.
  await page.getByRole("list", { name: "Claims in reading order" }).getByRole("button").first().click();
  await expect(page.getByTestId("claim-panel").getByTestId("claim-quote")).toBeVisible();
  await page.getByRole("button", { name: "Add a source" }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("a viewer's read-only workbench has no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, "viewer");
  await openSampleArticle(page);
  await waitForWorkbench(page);
  await page.getByRole("list", { name: "Claims in reading order" }).getByRole("button").first().click();
  expect(await seriousViolations(page)).toEqual([]);
});
