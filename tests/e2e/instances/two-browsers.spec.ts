import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";
import { highlightedText, isCreateClaim, openClaimFromText, selectWithMouse } from "../workbench/helpers";
import { createArticle, highlight, openArticle } from "../live/helpers";

/**
 * Two people on two app instances over one database (issue 12). Runs in the two-instance
 * suite (playwright.instances.config.ts sets INSTANCE_A_URL and INSTANCE_B_URL); the
 * single-server browser suite skips it.
 */
const A = process.env.INSTANCE_A_URL;
const B = process.env.INSTANCE_B_URL;
test.skip(!A || !B, "needs two instances (playwright.instances.config.ts)");

const SENTENCE = "The mayor said the new bridge cost 40 million euros to build.";

test("Ana on instance A and Ben on instance B see each other, a claim Ana marks and the verdict Ben sets", async ({ browser }) => {
  const anaContext = await browser.newContext({ baseURL: A });
  const benContext = await browser.newContext({ baseURL: B });
  const ana = await anaContext.newPage();
  const ben = await benContext.newPage();
  await signIn(ana, "editor");
  await signIn(ben, "editor2");
  const articleId = await createArticle(ana, `Two instances ${Date.now()}`);
  await openArticle(ana, articleId);
  await openArticle(ben, articleId);
  expect(new URL(ana.url()).port).not.toBe(new URL(ben.url()).port);

  // Presence written through one instance shows on the other.
  await expect(ana.getByTestId("presence").getByRole("listitem", { name: /Ben Editor/ })).toBeVisible();
  await expect(ben.getByTestId("presence").getByRole("listitem", { name: /Ana Editor/ })).toBeVisible();

  // Ana marks a sentence through A; Ben's page, served by B, shows it live.
  await selectWithMouse(ana, SENTENCE);
  const created = ana.waitForResponse(isCreateClaim);
  await ana.getByRole("button", { name: /Mark as claim/ }).click();
  const claimId: string = (await (await created).json()).claim.id;
  await expect.poll(() => highlightedText(ben, claimId)).toBe(SENTENCE);
  await expect(ben.getByTestId("live-toasts")).toContainText("Ana marked a claim");
  await expect(ben.locator(`[data-claim-item="${claimId}"]`)).toContainText("Ana Editor is editing");

  // Ben sets a verdict through B; Ana's open panel follows.
  await openClaimFromText(ben, claimId);
  const benPanel = ben.getByTestId("claim-panel");
  await benPanel.getByRole("radio", { name: "Disputed" }).check();
  await benPanel.getByRole("button", { name: "Save claim" }).click();
  await expect(ben.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();
  await expect(ana.getByTestId("claim-panel").getByRole("radio", { name: "Disputed" })).toBeChecked();
  await expect(highlight(ana, claimId).first()).toHaveClass(/claim-hl--disputed/);
  await expect(ana.getByTestId("live-toasts")).toContainText("Ben set a verdict: disputed");

  await anaContext.close();
  await benContext.close();
});
