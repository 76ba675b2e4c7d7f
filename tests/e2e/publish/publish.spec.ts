import { createServer, type Server } from "node:http";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newSignedInPage, openSampleArticle, signIn } from "../fixtures";

const OTHER_ORIGIN_PORT = Number(process.env.E2E_EMBED_PORT ?? 3261);

/** A page of another origin (another port) that embeds a claim card in an iframe, as a newsroom CMS would. */
function startOtherOrigin(embedUrl: string): Promise<Server> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><title>A newspaper story</title><h1>Our story</h1><iframe id="card" title="Fact-check" src="${embedUrl}" width="560" height="240"></iframe>`);
  });
  return new Promise((resolve) => server.listen(OTHER_ORIGIN_PORT, "127.0.0.1", () => resolve(server)));
}

async function apiCall(page: Page, method: "PATCH" | "POST", path: string, data: unknown) {
  const origin = new URL(page.url()).origin;
  const res = await page.request.fetch(path, { method, data, headers: { origin } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.json();
}

test.setTimeout(300_000);

test("a reviewer publishes in two clicks; anonymous readers open the page, follow a claim anchor, see a correction; the embed works on another origin", async ({ page, browser }) => {
  await signIn(page, "reviewer");
  await openSampleArticle(page);
  const articleId = page.url().split("/articles/")[1].split(/[?#/]/)[0];

  // Two clicks: "Publish…" and "Publish now".
  await page.getByRole("button", { name: "Publish…" }).click();
  await page.getByRole("button", { name: "Publish now" }).click();
  const link = page.getByTestId("public-page-link");
  await expect(link).toBeVisible();
  const publicUrl = (await link.getAttribute("href"))!;
  expect(publicUrl).toMatch(/\/fact-checks\/putin-slams-bidens-refusal/);

  // An anonymous reader: no cookies at all.
  const reader = await (await browser.newContext()).newPage();
  const res = await reader.goto(publicUrl);
  expect(res!.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText("Putin slams");
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!) as { url: string }[];
  expect(jsonLd[0].url).toBe(`${publicUrl}#claim-1`);
  await reader.getByRole("link", { name: "Link to this claim" }).first().click();
  await expect(reader).toHaveURL(/#claim-1$/);
  await expect(reader.locator("#claim-1")).toBeInViewport();
  await expect(reader.getByText("No corrections so far.")).toBeVisible();
  expect(await reader.evaluate(() => document.scripts.length)).toBe(1); // the JSON-LD only: no client JavaScript

  const axe = await new AxeBuilder({ page: reader }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await reader.screenshot({ path: "test-results/publish-public-page.png", fullPage: true });

  // The first published claim's rating changes in the workbench: reopen, edit, submit, approve.
  const article = await (await page.request.get(`/api/articles/${articleId}`)).json();
  const first = (article.claims as { id: string; start: number; reviewState: string; verdict: string; version: number }[])
    .filter((c) => c.reviewState === "approved")
    .sort((a, b) => a.start - b.start)[0];
  let claim = (await apiCall(page, "POST", `/api/claims/${first.id}/review`, { action: "reopen", version: first.version, note: "New Treasury record" })).claim;
  const editor = await newSignedInPage(browser, "editor");
  await editor.goto("/articles");
  claim = (await apiCall(editor, "PATCH", `/api/claims/${first.id}`, { version: claim.version, verdict: first.verdict === "misleading" ? "false" : "misleading" })).claim;
  claim = (await apiCall(editor, "POST", `/api/claims/${first.id}/review`, { action: "submit", version: claim.version })).claim;
  await apiCall(page, "POST", `/api/claims/${first.id}/review`, { action: "approve", version: claim.version });

  // Not on the public page until republished: it is a snapshot.
  await reader.reload();
  await expect(reader.getByText("No corrections so far.")).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: "Republish…" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByText("This republish corrects what readers were told")).toBeVisible();
  await dialog.getByRole("button", { name: "Republish now" }).click();
  await expect(dialog.getByRole("alert")).toContainText("correction note");
  await dialog.getByLabel(/Correction note/).fill("the Treasury record shows the agency was misnamed");
  await dialog.getByRole("button", { name: "Republish now" }).click();
  await expect(dialog).toBeHidden();

  await reader.reload();
  await expect(reader.locator("#corrections")).toContainText(/Corrected on \d{1,2} \w{3} \d{4}: claim 1 rating changed from \w+ to \w+ because the Treasury record shows the agency was misnamed/);
  await reader.screenshot({ path: "test-results/publish-corrected-page.png", fullPage: true });

  // The embed card, framed by a page of another origin.
  const embedUrl = publicUrl.replace("/fact-checks/", "/embed/fact-checks/") + "/1";
  const other = await startOtherOrigin(embedUrl);
  try {
    const host = await (await browser.newContext()).newPage();
    await host.goto(`http://127.0.0.1:${OTHER_ORIGIN_PORT}/`);
    const card = host.frameLocator("#card");
    await expect(card.getByText(/Rating: /)).toBeVisible();
    await expect(card.getByRole("link").first()).toHaveAttribute("href", `${publicUrl}#claim-1`);
    await host.screenshot({ path: "test-results/publish-embed-other-origin.png" });
  } finally {
    other.close();
  }

  // oEmbed discovery on the page points at the embed.
  const discovery = await reader.locator('link[type="application/json+oembed"]').getAttribute("href");
  const oembed = await (await reader.request.get(discovery!)).json();
  expect(oembed.html).toContain(`/embed/fact-checks/`);
});
