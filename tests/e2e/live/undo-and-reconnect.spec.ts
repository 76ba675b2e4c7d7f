import { expect, test } from "@playwright/test";
import { newSignedInPage, signIn } from "../fixtures";
import { highlightedText, isCreateClaim, selectWithMouse } from "../workbench/helpers";
import { createArticle, highlight, openArticle } from "./helpers";

const SENTENCE = "Construction began in the spring of 2019 and lasted three years.";

test("Mod-Z undoes my own verdict change, then my mark, each with a message and recorded by the server", async ({ page }) => {
  await signIn(page, "editor");
  const articleId = await createArticle(page, `Undo ${Date.now()}`);
  await openArticle(page, articleId);

  await selectWithMouse(page, SENTENCE);
  const created = page.waitForResponse(isCreateClaim);
  await page.keyboard.press("ControlOrMeta+Shift+M");
  const claimId: string = (await (await created).json()).claim.id;
  await expect.poll(() => highlightedText(page, claimId)).toBe(SENTENCE);

  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("radio", { name: "Disputed" }).check();
  await panel.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();
  await expect(highlight(page, claimId).first()).toHaveClass(/claim-hl--disputed/);

  // Focus is on a button, not in a text field: Mod-Z is the workbench's undo.
  await page.keyboard.press("ControlOrMeta+z");
  await expect(page.getByRole("status").filter({ hasText: "Undone: the verdict is back to what it was." })).toBeVisible();
  await expect(highlight(page, claimId).first()).toHaveClass(/claim-hl--unchecked/);
  await expect(panel.getByRole("radio", { name: "Unchecked" })).toBeChecked();

  // In the read-only article text too.
  await page.locator(".ProseMirror p", { hasText: "The mayor said" }).click();
  await page.keyboard.press("ControlOrMeta+z");
  await expect(page.getByRole("status").filter({ hasText: "Undone: the claim you marked was removed." })).toBeVisible();
  await expect(highlight(page, claimId)).toHaveCount(0);
  await expect(page.locator(`[data-claim-item="${claimId}"]`)).toHaveCount(0);

  const history = await page.request.get(`/api/claims/${claimId}/history`);
  const types = ((await history.json()).events as { type: string }[]).map((e) => e.type);
  expect(types).toEqual(expect.arrayContaining(["claim.created", "claim.updated", "claim.deleted"]));

  // Both steps are taken back; a third Mod-Z says so rather than doing anything.
  await page.keyboard.press("ControlOrMeta+z");
  await expect(page.getByRole("status").filter({ hasText: "Nothing to undo" })).toBeVisible();
});

test("when the live stream drops the page says so, and a change made meanwhile arrives once it is back", async ({ page, browser }) => {
  await signIn(page, "editor");
  const articleId = await createArticle(page, `Reconnect ${Date.now()}`);
  const origin = new URL(page.url()).origin;
  const claim = (await (await page.request.post(`/api/articles/${articleId}/claims`, { data: { exact: SENTENCE }, headers: { origin } })).json()).claim;
  await openArticle(page, articleId);
  await expect(highlight(page, claim.id).first()).toHaveClass(/claim-hl--unchecked/);

  const feed = "**/api/articles/*/events**";
  await page.route(feed, (route) => route.abort("internetdisconnected"));
  await page.evaluate(() => window.stop());
  await expect(page.getByTestId("connection-status")).toContainText("Reconnecting…", { timeout: 15_000 });

  const ben = await newSignedInPage(browser, "editor2");
  const res = await ben.request.patch(`/api/claims/${claim.id}`, { data: { version: claim.version, verdict: "false" }, headers: { origin } });
  expect(res.status(), await res.text()).toBe(200);

  await page.unroute(feed);
  await expect(page.getByTestId("connection-status")).toBeHidden({ timeout: 30_000 });
  await expect(highlight(page, claim.id).first()).toHaveClass(/claim-hl--false/);
  await ben.context().close();
});
