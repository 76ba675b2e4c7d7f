import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "../fixtures";
import { createArticle, openArticle, openPanelTab } from "../live/helpers";
import { createClaimViaApi } from "./helpers";

const MAYOR = "The mayor said the new bridge cost 40 million euros to build.";
const BUILD = "Construction began in the spring of 2019 and lasted three years.";

async function inViewport(page: Page, el: Locator) {
  const box = await el.boundingBox();
  const vp = page.viewportSize()!;
  expect(box).toBeTruthy();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(vp.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(vp.height);
  // Nothing else covers it: the topmost element at its middle belongs to it.
  const onTop = await el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 20));
    return !!hit && node.contains(hit);
  });
  expect(onTop).toBe(true);
}

test.use({ viewport: { width: 1440, height: 900 } });

test("the reuse-source picker opens in view with the search focused, and works from the keyboard", async ({ page }) => {
  await signIn(page, "editor");
  const articleId = await createArticle(page, `Reuse picker ${Date.now()}`);
  await openArticle(page, articleId);
  const origin = new URL(page.url()).origin;
  const cited = await createClaimViaApi(page, MAYOR);
  const res = await page.request.post(`/api/claims/${cited.id}/sources`, { data: { url: `https://example.org/budget-${Date.now()}`, title: "City budget report", stance: "supports" }, headers: { origin } });
  expect(res.status(), await res.text()).toBe(201);
  const claim = await createClaimViaApi(page, BUILD);
  await openArticle(page, articleId, `?claim=${claim.id}`);

  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("button", { name: "Reuse a source from this article" }).click();
  const form = page.getByRole("form", { name: "Reuse a source from this article" });
  const search = form.getByLabel("Search this article’s sources");
  await expect(search).toBeFocused();
  await expect(form.getByRole("radio", { name: /City budget report/ })).toBeVisible();
  await inViewport(page, form);
  await page.screenshot({ path: "test-results/reuse-picker.png" });

  // Escape closes it and gives focus back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(form).toBeHidden();
  await expect(panel.getByRole("button", { name: "Reuse a source from this article" })).toBeFocused();
  await expect(panel).toHaveAttribute("data-claim-id", claim.id); // Escape did not close the claim

  // ↓ from the search box to the list, Enter links the source.
  await page.keyboard.press("Enter");
  await expect(search).toBeFocused();
  await search.fill("budget");
  // The list reloads for the new search (debounced); ↓ moves into it once it is there.
  await expect(form.getByRole("radio", { name: /City budget report/ })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(form.getByRole("radio", { name: /City budget report/ })).toBeFocused();
  await expect(form.getByRole("radio", { name: /City budget report/ })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(panel.getByTestId("linked-source")).toContainText("City budget report");
});

test("the @mention list sits against the comment box, inside the screen and over the panels, and offers close names for a typo", async ({ page }) => {
  await signIn(page, "editor");
  const articleId = await createArticle(page, `Mention list ${Date.now()}`);
  await openArticle(page, articleId);
  const claim = await createClaimViaApi(page, MAYOR);
  await openArticle(page, articleId, `?claim=${claim.id}`);
  await openPanelTab(page, /Comments/);
  const box = page.getByLabel("New comment");
  await box.click();
  await box.pressSequentially("Can @Ru");
  const popup = page.getByTestId("mention-popup");
  const listbox = page.getByRole("listbox", { name: "Mention a colleague" });
  await expect(listbox.getByRole("option", { name: /Rui Reviewer/ })).toBeVisible();
  await inViewport(page, popup);
  const [input, list] = [await box.boundingBox(), await popup.boundingBox()];
  // Against its input: just below it or just above it, and overlapping it sideways.
  const below = Math.abs(list!.y - (input!.y + input!.height)) <= 8;
  const above = Math.abs(list!.y + list!.height - input!.y) <= 8;
  expect(below || above).toBe(true);
  expect(list!.x).toBeLessThan(input!.x + input!.width);
  await page.screenshot({ path: "test-results/mention-popup.png" });

  // A typo: nobody matches, so the closest names are offered; Enter takes the first.
  await box.press("Backspace");
  await box.press("Backspace");
  await box.pressSequentially("Rii");
  const didYouMean = page.getByRole("listbox", { name: "Did you mean" });
  await expect(didYouMean.getByRole("option", { name: /Rui Reviewer/ })).toBeVisible();
  await expect(popup).toContainText("Nobody is called “Rii”");
  await page.screenshot({ path: "test-results/mention-did-you-mean.png" });
  await box.press("Enter");
  await expect(box).toHaveValue("Can @Rui Reviewer ");

  // Sent with a typo anyway (list dismissed): the server's refusal names the closest colleague.
  await box.fill("");
  await box.pressSequentially("Ask @Rii");
  await box.press("Escape");
  await expect(popup).toBeHidden();
  await box.pressSequentially(" please");
  await page.getByTestId("claim-panel").getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.getByText("No user called @Rii. Did you mean Rui Reviewer?")).toBeVisible();
});
