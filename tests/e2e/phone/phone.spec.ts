import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openSampleArticle, signIn } from "../fixtures";
import { editorText } from "../workbench/helpers";

test.setTimeout(180_000); // several page loads; the shared test machine is slow

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude("nextjs-portal").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

/** On a phone the claim list is a sheet behind a "Claims (n)" button, not a visible heading. */
async function waitForWorkbench(page: Page) {
  await expect(editorText(page)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Claims \(\d+\)$/ })).toBeVisible();
}

const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

// Issue 11 (open): measured at integration, the workbench is 495 px wide at 390 px and a tap
// on a highlight does not open the claim sheet yet. Both tests stay, marked fixme, until the
// phone workbench is finished; they fail today and must pass when it is.
test.fixme("every page fits a 390 px phone without sideways scrolling, and is axe-clean there", async ({ page }) => {
  await page.goto("/signin");
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
  await signIn(page, "admin");
  await openSampleArticle(page);
  await waitForWorkbench(page);
  const article = new URL(page.url()).pathname;
  const pages = [
    "/articles", "/articles/new", "/articles/import", article, `${article}/revisions`, `${article}/dashboard`, `${article}/activity`,
    "/review?state=", "/review?state=needs_review", "/notifications", "/mentions", "/search?q=Putin", "/admin/users", "/admin/settings", "/settings/tokens",
  ];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle").catch(() => {});
    expect(await scrollWidth(page), `${path} scrolls sideways`).toBeLessThanOrEqual(390);
    expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
  }
});

test.fixme("on a phone the top bar collapses into a menu, and a tap on a highlight opens the claim in a sheet", async ({ page }) => {
  await signIn(page, "editor");
  await openSampleArticle(page);
  await waitForWorkbench(page);

  const menu = page.getByRole("button", { name: "Menu" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await menu.tap();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport();
  await menu.tap();

  const highlight = page.locator(".ProseMirror .claim-hl").first();
  const claimId = await highlight.getAttribute("data-claim-id");
  await highlight.scrollIntoViewIfNeeded();
  await highlight.tap();
  const panel = page.getByTestId("claim-panel");
  await expect(panel).toHaveAttribute("data-claim-id", claimId!);
  await expect(panel.getByTestId("claim-quote")).toBeInViewport();
  await page.screenshot({ path: "test-results/phone-claim-sheet.png" });

  // The claim list is a sheet of its own.
  await page.getByRole("button", { name: "Close claim" }).tap();
  await expect(panel).toBeHidden();
  await page.getByRole("button", { name: /^Claims \(\d+\)$/ }).tap();
  const list = page.getByRole("list", { name: "Claims in reading order" });
  await expect(list).toBeInViewport();
  await list.getByRole("button").nth(1).tap();
  await expect(panel.getByTestId("claim-quote")).toBeInViewport();

  // The review queue reads as cards.
  await page.goto("/review?state=");
  await expect(page.getByTestId("queue-row").first()).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/phone-queue.png" });
});
