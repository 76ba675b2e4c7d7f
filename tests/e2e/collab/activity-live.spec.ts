import { expect, test, type Page } from "@playwright/test";
import { newSignedInPage, openSampleArticle, signIn } from "../fixtures";

async function sampleArticleId(page: Page): Promise<string> {
  const { articles } = await (await page.request.get("/api/articles")).json();
  return articles.find((a: { title: string }) => a.title.startsWith("Putin slams")).id;
}

async function setRationale(page: Page, claimId: string, rationale: string) {
  const origin = new URL(page.url()).origin;
  const { claim } = await (await page.request.get(`/api/claims/${claimId}`)).json();
  const res = await page.request.patch(`/api/claims/${claimId}`, { headers: { origin }, data: { version: claim.version, rationale } });
  expect(res.status()).toBe(200);
}

test("a colleague's change appears live on the activity page, and one made while offline arrives after reconnecting", async ({ page, browser }) => {
  await signIn(page, "editor2");
  await openSampleArticle(page);
  const articleId = await sampleArticleId(page);
  await page.goto(`/articles/${articleId}/activity`);
  await expect(page.getByRole("heading", { name: "Activity" })).toBeVisible();
  await expect(page.getByTestId("live-status")).toHaveText("● Live");

  const ana = await newSignedInPage(browser, "editor");
  await ana.goto("/articles");
  const { claims } = await (await ana.request.get(`/api/articles/${articleId}`)).json();
  const claim = claims.find((c: { reviewState: string }) => c.reviewState !== "approved");

  // Both people are shown as present.
  await ana.goto(`/articles/${articleId}/activity`);
  await expect(page.getByTestId("presence").getByRole("listitem", { name: /Ana Editor/ })).toBeVisible();

  await setRationale(ana, claim.id, "Live check " + Date.now());
  const list = page.getByTestId("activity-list");
  await expect(list.getByTestId("history-entry").first()).toContainText("Ana Editor edited a rationale");

  // Lose the connection: new connections fail, and the open one is closed by force (which
  // fires no error event). The banner says so; a change made meanwhile is not lost.
  const feed = "**/api/articles/*/events**";
  await page.route(feed, (route) => route.abort("internetdisconnected"));
  await page.evaluate(() => window.stop());
  await expect(page.getByRole("status").filter({ hasText: "Reconnecting…" })).toBeVisible({ timeout: 15_000 });
  const before = await list.getByTestId("history-entry").count();
  await setRationale(ana, claim.id, "Offline check " + Date.now());
  await page.unroute(feed);
  await expect(page.getByRole("status").filter({ hasText: "Reconnecting…" })).toBeHidden({ timeout: 30_000 });
  await expect(list.getByTestId("history-entry")).toHaveCount(before + 1, { timeout: 10_000 });
  await expect(list.getByTestId("history-entry").first()).toContainText("edited a rationale");
  const ids = await list.getByTestId("history-entry").evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-event-id"))));
  expect(new Set(ids).size).toBe(ids.length); // nothing shown twice
  await ana.context().close();
});
