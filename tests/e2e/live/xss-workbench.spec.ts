import { expect, test, type Page } from "@playwright/test";
import { XSS_VECTORS } from "../../fixtures/xss/vectors";
import { signIn } from "../fixtures";
import { createArticle, openArticle, openPanelTab } from "./helpers";

const IMG = `<img src=x onerror="window.__xss=1">`;
const SCRIPT = `<script>window.__xss=1</script>`;
const VECTORS = XSS_VECTORS.slice(0, 16);

/** Elements in the page's content that only injected markup would create. */
const injectedElements = (page: Page) =>
  page.locator("#main").evaluate((main) =>
    Array.from(main.querySelectorAll("script, iframe, object, embed, svg script, [onerror], [onload], [onfocus], [onbegin], [ontoggle], [onstart], [onclick], img[src='x'], a[href^='javascript' i]"), (e) => e.outerHTML.slice(0, 80)),
  );

const fired = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

test("hostile text in every field stays text in the workbench, the review queue and the HTML report", async ({ page }) => {
  expect(VECTORS.length).toBeGreaterThanOrEqual(10);
  await signIn(page, "editor");
  const origin = new URL(page.url()).origin;
  const body = [`Quoted markup: ${IMG} and ${SCRIPT} in one sentence.`, ...VECTORS].join("\n\n");
  const articleId = await createArticle(page, `XSS ${IMG} ${SCRIPT} ${Date.now()}`, body, { publisher: SCRIPT, byline: IMG });

  const created = await page.request.post(`/api/articles/${articleId}/claims`, { data: { exact: `${IMG} and ${SCRIPT}` }, headers: { origin } });
  expect(created.status(), await created.text()).toBe(201);
  const claim = (await created.json()).claim;
  const patched = await page.request.patch(`/api/claims/${claim.id}`, {
    data: { version: claim.version, claimant: SCRIPT, normalized: IMG, verdict: "false", rationale: `${IMG}\n\n${VECTORS.join("\n\n")}` },
    headers: { origin },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  const comment = await page.request.post(`/api/claims/${claim.id}/comments`, { data: { body: `${SCRIPT} ${IMG} ${VECTORS.slice(0, 10).join(" ")}` }, headers: { origin } });
  expect(comment.status(), await comment.text()).toBe(201);
  const source = await page.request.post(`/api/claims/${claim.id}/sources`, {
    data: { url: "https://example.com/report", title: `${IMG} ${SCRIPT}`, publisher: SCRIPT, excerpt: IMG, stance: "refutes" },
    headers: { origin },
  });
  expect(source.status(), await source.text()).toBeLessThan(300);

  // The workbench: title, text, claimant, rationale, source and comment are all shown as text.
  await openArticle(page, articleId, `?claim=${claim.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(IMG);
  await expect(page.locator(".ProseMirror")).toContainText(`Quoted markup: ${IMG} and ${SCRIPT}`);
  await expect(page.locator(".ProseMirror")).toContainText(VECTORS[5]);
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByTestId("claim-quote")).toContainText(`${IMG} and ${SCRIPT}`);
  await expect(panel.getByLabel("Claimant")).toHaveValue(SCRIPT);
  await expect(panel.getByLabel("Normalised claim")).toHaveValue(IMG);
  await expect(panel.getByTestId("linked-source")).toContainText(`${IMG} ${SCRIPT}`);
  await panel.getByRole("button", { name: "Show preview" }).click();
  await expect(panel.getByRole("region", { name: "Rationale preview" })).toContainText(IMG);
  await openPanelTab(page, /Comments/);
  await expect(panel.getByTestId("claim-comments")).toContainText(SCRIPT);
  await openPanelTab(page, /History/);
  await page.waitForTimeout(500);
  expect(await injectedElements(page)).toEqual([]);
  expect(await fired(page)).toBeUndefined();

  // The review queue, filtered to this article.
  await page.goto(`/review?article=${articleId}`);
  await expect(page.getByRole("table")).toContainText(`${IMG} and ${SCRIPT}`);
  expect(await injectedElements(page)).toEqual([]);
  expect(await fired(page)).toBeUndefined();

  // The HTML report with drafts, rendered as a page of its own.
  const report = await page.request.get(`/api/articles/${articleId}/export?format=html&drafts=1`);
  expect(report.status()).toBe(200);
  await page.setContent(await report.text(), { waitUntil: "load" });
  await page.waitForTimeout(500);
  const text = await page.locator("body").innerText();
  expect(text).toContain(IMG);
  expect(text).toContain(SCRIPT);
  expect(await fired(page)).toBeUndefined();
});
