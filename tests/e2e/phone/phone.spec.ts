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

test("every page fits a 390 px phone without sideways scrolling, and is axe-clean there", async ({ page }) => {
  await page.goto("/signin");
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
  await signIn(page, "admin");
  await openSampleArticle(page);
  await waitForWorkbench(page);
  const article = new URL(page.url()).pathname;
  const pages = [
    "/articles", "/articles/new", "/articles/import", article, `${article}/revisions`, `${article}/revisions?from=1&to=1`, `${article}/revisions/1`, `${article}/dashboard`, `${article}/activity`,
    "/review?state=", "/review?state=needs_review", "/notifications", "/mentions", "/search?q=Putin", "/admin/users", "/admin/settings", "/settings/tokens",
  ];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle").catch(() => {});
    expect(await scrollWidth(page), `${path} scrolls sideways`).toBeLessThanOrEqual(390);
    expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
  }
  // With a claim open in its sheet, and with the claim list's sheet open.
  await page.goto(article);
  await waitForWorkbench(page);
  await page.getByRole("button", { name: /^Claims \(\d+\)$/ }).tap();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("list", { name: "Claims in reading order" }).getByRole("button").first().tap();
  await expect(page.getByTestId("claim-panel").getByTestId("claim-quote")).toBeInViewport();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
});

test("on a phone the top bar collapses into a menu, and a tap on a highlight opens the claim in a sheet", async ({ page }) => {
  await signIn(page, "editor");
  await openSampleArticle(page);
  await waitForWorkbench(page);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

  // The top bar: the name and a Menu button fit; navigation, search and account are behind it.
  const menu = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(menu).toBeInViewport({ ratio: 1 });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
  await menu.tap();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link", { name: "Review queue" })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole("textbox", { name: /Search articles/ })).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId("current-user")).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport({ ratio: 1 });
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/phone-menu.png" });
  await menu.tap();
  await expect(nav).toBeHidden();

  // A tap on a highlight opens that claim in a sheet, with the focus on its Close button.
  const highlight = page.locator(".ProseMirror .claim-hl").first();
  const claimId = await highlight.getAttribute("data-claim-id");
  await highlight.scrollIntoViewIfNeeded();
  await highlight.tap();
  const panel = page.getByTestId("claim-panel");
  const closeClaim = page.getByRole("button", { name: "Close claim" });
  await expect(panel).toHaveAttribute("data-claim-id", claimId!);
  await expect(panel.getByTestId("claim-quote")).toBeInViewport();
  await expect(closeClaim).toBeFocused();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
  // The claim's words stay in sight above the sheet.
  const sheetTop = (await page.getByTestId("claim-sheet").boundingBox())!.y;
  const words = (await highlight.boundingBox())!;
  expect(words.y).toBeGreaterThanOrEqual(0);
  expect(words.y + Math.min(words.height, 30)).toBeLessThanOrEqual(sheetTop);
  await page.screenshot({ path: "test-results/phone-claim-sheet.png" });

  // Escape closes it and gives the focus back to the text.
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(editorText(page)).toBeFocused();
  // So does the Close button.
  await highlight.tap();
  await expect(panel).toHaveAttribute("data-claim-id", claimId!);
  await closeClaim.tap();
  await expect(panel).toBeHidden();
  await expect(editorText(page)).toBeFocused();

  // The claim list is a sheet of its own, behind the Claims button.
  const claimsButton = page.getByRole("button", { name: /^Claims \(\d+\)$/ });
  const list = page.getByRole("list", { name: "Claims in reading order" });
  await claimsButton.tap();
  await expect(list).toBeInViewport();
  await expect(page.getByRole("button", { name: "Close list" })).toBeFocused();
  await page.screenshot({ path: "test-results/phone-claim-list.png" });
  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(claimsButton).toBeFocused();
  await claimsButton.tap();
  await list.getByRole("button").nth(1).tap();
  await expect(list).toBeHidden();
  await expect(panel.getByTestId("claim-quote")).toBeInViewport();
  await closeClaim.tap();
  await expect(panel).toBeHidden();
  await expect(claimsButton).toBeFocused();

  // The review queue reads as cards.
  await page.goto("/review?state=");
  await expect(page.getByTestId("queue-row").first()).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/phone-queue.png" });
});
