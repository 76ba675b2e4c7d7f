// The workbench's suggestions panel (check-worthiness model, lib/suggest) and the claim panel's
// prior fact-checks (similar claims), clicked through as an editor would (issues 11 and 15).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { openSampleArticle, signIn } from "../fixtures";
import { highlightedText, isCreateClaim, waitForWorkbench } from "../workbench/helpers";

const SEED_TEXT = readFileSync(path.join(process.cwd(), "prisma/seed/article.txt"), "utf8");

async function openSuggestions(page: Page) {
  await page.getByRole("tab", { name: "Suggestions" }).click();
  const panel = page.getByTestId("suggestions-panel");
  await panel.getByRole("button", { name: "Suggest claims" }).click();
  await expect(panel.getByRole("status")).toContainText(/\d+ sentences worth checking/, { timeout: 30_000 });
  return panel;
}

const items = (panel: ReturnType<Page["getByTestId"]>) => panel.getByRole("list", { name: "Suggested sentences" }).locator(":scope > li");

/** Creates an article through the API as the signed-in user; returns its id. */
async function createArticle(page: Page, title: string, body: string): Promise<string> {
  const origin = new URL(page.url()).origin;
  const res = await page.request.post("/api/articles", { headers: { origin }, data: { title, body, bodyFormat: "text" } });
  expect(res.status()).toBe(201);
  return (await res.json()).id;
}

async function createClaimOn(page: Page, articleId: string, text: string, exact: string): Promise<string> {
  const origin = new URL(page.url()).origin;
  const start = text.indexOf(exact);
  const res = await page.request.post(`/api/articles/${articleId}/claims`, { headers: { origin }, data: { exact, start, end: start + exact.length } });
  expect(res.status()).toBe(201);
  return (await res.json()).claim.id;
}

// After Undo, focus lands on the restored suggestion's Accept button. (It failed in CI under load:
// the panel focused from an animation frame, which can run before React has put the restored
// suggestion back on the page; focus now moves after the commit.)
test("suggestions for the demo article: highest score first with reasons; dismiss and undo", async ({ page }) => {
  await signIn(page, "editor");
  await openSampleArticle(page);
  await waitForWorkbench(page);
  const panel = await openSuggestions(page);

  const list = items(panel);
  expect(await list.count()).toBeGreaterThanOrEqual(3);
  // Highest score first, each with its score and at least one reason.
  const scores = (await panel.getByTestId("suggestion-score").allTextContents()).map((t) => Number(t.replace("%", "")));
  expect(scores.length).toBe(await list.count());
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  await expect(list.first().getByRole("list", { name: "Reasons" }).getByRole("listitem").first()).toBeVisible();
  await expect(list.first().getByRole("meter", { name: "Check-worthiness" })).toHaveAttribute("aria-valuenow", String(scores[0]));

  // Dismiss the top suggestion, then undo: it is back, and the server has forgotten the dismissal.
  const top = list.first();
  const topText = (await top.locator("p").first().textContent())!;
  const count = await list.count();
  await top.getByRole("button", { name: "Dismiss this suggestion" }).click();
  await expect(panel.getByRole("status")).toHaveText("Suggestion dismissed.");
  await expect(list).toHaveCount(count - 1);
  await expect(panel.getByText(topText, { exact: true })).toHaveCount(0);
  // A slow CPU (as in CI under load) let the frame that moved focus run before the restored
  // suggestion was back on the page: with the old code this failed about one run in three.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
  await panel.getByRole("button", { name: /^Undo/ }).click();
  await expect(panel.getByRole("status")).toHaveText("Suggestion restored.");
  await expect(list).toHaveCount(count);
  await expect(list.first().locator("p").first()).toHaveText(topText);
  await expect(list.first().getByRole("button", { name: "Accept as a claim" })).toBeFocused();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await panel.getByRole("button", { name: "Refresh suggestions" }).click();
  await expect(panel.getByRole("status")).toHaveText(`${count} sentences worth checking.`);
  await expect(panel.getByText(topText, { exact: true })).toHaveCount(1);

  // Reading order is offered too.
  await panel.getByLabel("Order").selectOption("reading");
  await expect(list).toHaveCount(count);
});

test("accepting a suggestion creates a claim on exactly that sentence; a dismissal lasts", async ({ page }) => {
  await signIn(page, "editor");
  const id = await createArticle(page, `Suggestions e2e ${Date.now()}`, SEED_TEXT);
  await page.goto(`/articles/${id}`);
  await waitForWorkbench(page);
  const panel = await openSuggestions(page);
  const list = items(panel);

  const top = list.first();
  const sentence = (await top.locator("p").first().textContent())!;
  expect(SEED_TEXT).toContain(sentence);
  const created = page.waitForResponse(isCreateClaim);
  await top.getByRole("button", { name: "Accept as a claim" }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  const claimId: string = (await response.json()).claim.id;
  await expect(panel.getByRole("status")).toHaveText("Claim created.");
  await expect.poll(() => highlightedText(page, claimId)).toBe(sentence);
  await expect(page.getByTestId("claim-panel").getByTestId("claim-quote")).toHaveText(`“${sentence}”`);
  await expect(panel.getByText(sentence, { exact: true })).toHaveCount(0);

  // A dismissal without undo is remembered: the sentence is not suggested again.
  const next = list.first();
  const dismissed = (await next.locator("p").first().textContent())!;
  await next.getByRole("button", { name: "Dismiss this suggestion" }).click();
  await expect(panel.getByRole("status")).toHaveText("Suggestion dismissed.");
  await panel.getByRole("button", { name: "Refresh suggestions" }).click();
  await expect(panel.getByRole("status")).toContainText("sentences worth checking");
  await expect(panel.getByText(dismissed, { exact: true })).toHaveCount(0);
  await expect(panel.getByText(sentence, { exact: true })).toHaveCount(0); // covered by the claim
});

// Prior fact-checks live on the claim panel's "Similar" tab, which now says how many there are
// (in CI this test looked for them without opening the tab, and a user had no sign they existed).
// The ranking itself is covered by tests/unit/suggest/similar.test.ts and
// tests/integration/search/similar-claims.test.ts.
test("prior fact-checks: a paraphrase in another article is found, a different number is not offered as it", async ({ page }) => {
  await signIn(page, "editor");
  // Letters only: digits in the marker would count as numbers of the claims.
  const tag = `Zorbland${Date.now().toString(36).replace(/\d/g, (d) => "abcdefghij"[Number(d)])}`;
  const prior = `The ${tag} statistics office said unemployment fell to 4.2 per cent in March.`;
  const otherNumber = `The ${tag} statistics office said unemployment fell to 7.9 per cent in March.`;
  const query = `Unemployment in ${tag} dropped to 4.2% in March, according to its statistics office.`;
  await page.goto("/articles");
  const priorArticle = await createArticle(page, `Prior check ${tag}`, `${prior}\nThe minister welcomed the figures.`);
  await createClaimOn(page, priorArticle, `${prior}\nThe minister welcomed the figures.`, prior);
  const otherArticle = await createArticle(page, `Other figure ${tag}`, otherNumber);
  await createClaimOn(page, otherArticle, otherNumber, otherNumber);
  const queryArticle = await createArticle(page, `New story ${tag}`, query);
  const claimId = await createClaimOn(page, queryArticle, query, query);

  await page.goto(`/articles/${queryArticle}?claim=${claimId}`);
  await waitForWorkbench(page);
  // The tab announces the prior fact-checks before it is opened; opened from the keyboard.
  const similarTab = page.getByTestId("claim-panel").getByRole("tab", { name: /^Similar/ });
  await expect(similarTab).toHaveAccessibleName(/^Similar \([1-5]\) prior fact-checks?$/, { timeout: 20_000 });
  await page.getByTestId("claim-panel").getByRole("tab", { name: "Details" }).focus();
  await page.keyboard.press("End");
  await expect(similarTab).toBeFocused();
  await expect(similarTab).toHaveAttribute("aria-selected", "true");
  const similar = page.getByTestId("similar-claims");
  await expect(similar.getByRole("heading", { name: "Prior fact-checks" })).toBeVisible();
  // Only this run's claims: an earlier run's query (same wording, another made-up country) is
  // itself a near-identical prior claim and may rightly rank first when the database is reused.
  const found = similar.locator("ol > li").filter({ hasText: tag });
  await expect(found.first()).toContainText(prior, { timeout: 20_000 });
  await expect(found.first()).toContainText(`in Prior check ${tag}`);
  await expect(found.first()).not.toContainText("The numbers differ");
  // The same-topic claim about another number is never the top match; if listed, it is
  // below the prior and flagged.
  const other = found.filter({ hasText: otherNumber });
  if ((await other.count()) > 0) {
    await expect(other).toContainText("The numbers differ from this claim");
    const texts = await found.allTextContents();
    expect(texts.findIndex((t) => t.includes(otherNumber))).toBeGreaterThan(texts.findIndex((t) => t.includes(prior)));
  }
});
