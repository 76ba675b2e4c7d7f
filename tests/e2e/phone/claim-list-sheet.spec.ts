import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../fixtures";
import { claimList, createArticleWithClaims, variedSentences, waitForRows } from "../workbench/many-claims";

test.setTimeout(180_000);

/** The elements from a row up to the sheet that can scroll (overflow auto/scroll) and have more to show. */
const scrollAreas = (page: Page) =>
  page.locator("[data-claim-item]").first().evaluate((row) => {
    const found: string[] = [];
    for (let el: HTMLElement | null = row as HTMLElement; el; el = el.parentElement) {
      const s = getComputedStyle(el);
      if (/auto|scroll/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1) found.push(el.tagName.toLowerCase() + (el.dataset.testid ? `[${el.dataset.testid}]` : `.${el.classList[0]}`));
    }
    return found;
  });

test.describe("the claim list on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("has one scroll area, its rows: the sheet does not scroll as well, and a row reached with Tab scrolls into view", async ({ page }) => {
    await signIn(page, "editor");
    const sentences = variedSentences(24);
    const { articleId } = await createArticleWithClaims(page, `Phone list ${Date.now()}`, sentences);
    await page.goto(`/articles/${articleId}`);
    await page.getByRole("button", { name: /^Claims \(\d+\)$/ }).tap();
    await waitForRows(page, sentences.length);
    const sheet = page.getByTestId("claim-list-sheet");
    await expect(sheet).toBeInViewport();

    expect(await scrollAreas(page)).toEqual(["ol.wb-claim-list"]);
    const sheetScroll = () => sheet.evaluate((el) => ({ top: el.scrollTop, extra: el.scrollHeight - el.clientHeight }));
    expect((await sheetScroll()).extra).toBeLessThanOrEqual(1);
    // The sheet stays within the screen; the Close button and the filters stay put above the rows.
    const box = (await sheet.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    await page.screenshot({ path: "test-results/phone-list-sheet-top.png" });

    // Keyboard: Tab from row to row down to the last; each focused row is scrolled into the list's view.
    const rows = claimList(page).getByRole("button");
    await rows.first().focus();
    for (let i = 1; i < sentences.length; i++) {
      await page.keyboard.press("Tab");
      await expect(rows.nth(i)).toBeFocused();
    }
    const last = rows.last();
    await expect(last).toBeInViewport({ ratio: 0.95 });
    const [rowBox, listBox] = [(await last.boundingBox())!, (await claimList(page).boundingBox())!];
    expect(rowBox.y).toBeGreaterThanOrEqual(listBox.y - 1);
    expect(rowBox.y + rowBox.height).toBeLessThanOrEqual(listBox.y + listBox.height + 1);
    expect(await claimList(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect((await sheetScroll()).top).toBe(0);
    await page.screenshot({ path: "test-results/phone-list-sheet-last-row.png" });
  });
});

test("on a desktop the list keeps its sticky card whose rows scroll", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, "editor");
  const sentences = variedSentences(24);
  const { articleId } = await createArticleWithClaims(page, `Desktop list ${Date.now()}`, sentences);
  await page.goto(`/articles/${articleId}`);
  await waitForRows(page, sentences.length);
  expect(await scrollAreas(page)).toEqual(["ol.wb-claim-list"]);
  const column = page.getByTestId("claim-list-sheet");
  expect(await column.evaluate((el) => getComputedStyle(el).position)).toBe("sticky");
  const card = page.locator("section.wb-claims-card");
  expect(await card.evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBeLessThanOrEqual(800 - 32);
  // Scrolling the page leaves the list in place.
  await page.mouse.wheel(0, 1500);
  await expect(claimList(page)).toBeInViewport();
  await page.screenshot({ path: "test-results/desktop-list-sticky.png" });
});
