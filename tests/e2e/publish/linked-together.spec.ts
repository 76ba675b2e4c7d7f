import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { openSampleArticle, signIn } from "../fixtures";

/**
 * Issue 13 "Done when": the demo's sample article, once published from the workbench, has a
 * public page, feed entry, sitemap entry, oEmbed answer, embed cards and ClaimReview that all
 * point at each other, every link resolving for a reader without a cookie. Works whether or
 * not another spec published the article first (then the workbench offers "Republish…").
 */
async function anonymous(request: APIRequestContext, url: string, status = 200): Promise<string> {
  const res = await request.get(url, { headers: { cookie: "" }, maxRedirects: 0 });
  expect(res.status(), url).toBe(status);
  return res.text();
}

async function publish(page: Page): Promise<string> {
  const fresh = page.getByRole("button", { name: "Publish…" });
  if (await fresh.isVisible()) {
    // The two clicks of the issue.
    await fresh.click();
    await page.getByRole("button", { name: "Publish now" }).click();
  } else {
    await page.getByRole("button", { name: "Republish…" }).click();
    const dialog = page.getByRole("dialog");
    const note = dialog.getByLabel(/Correction note/);
    if (await note.isVisible()) await note.fill("checked again");
    await dialog.getByRole("button", { name: "Republish now" }).click();
    await expect(dialog).toBeHidden();
  }
  const link = page.getByTestId("public-page-link");
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!;
}

test("the public page, feed, sitemap, embed, oEmbed and ClaimReview point at each other", async ({ page, playwright }) => {
  test.setTimeout(180_000);
  await signIn(page, "reviewer");
  await openSampleArticle(page);
  const articleId = page.url().split("/articles/")[1].split(/[?#/]/)[0];
  const publicUrl = await publish(page);
  expect(publicUrl).toMatch(/^http:\/\/localhost:\d+\/fact-checks\/putin-slams-bidens-refusal/);
  const base = new URL(publicUrl).origin;

  const reader = await playwright.request.newContext({ baseURL: base });
  const html = await anonymous(reader, publicUrl);
  expect(html).toContain(`<link rel="canonical" href="${publicUrl}">`);
  expect(html).toContain(`<meta property="og:url" content="${publicUrl}">`);
  expect(html).toContain(`href="${base}/fact-checks/feed.xml"`);

  // ClaimReview in the page: one entry per claim, each url the page's anchor for that claim, which exists.
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]) as { url: string; author: { url: string } }[];
  expect(jsonLd.length).toBeGreaterThan(0);
  jsonLd.forEach((entry, i) => {
    expect(entry.url).toBe(`${publicUrl}#claim-${i + 1}`);
    expect(html).toContain(`id="claim-${i + 1}"`);
    expect(entry.author.url.startsWith("http")).toBe(true);
  });

  // The ClaimReview export from the workbench names the same public anchors (not the sign-in-only workbench).
  const exported = (await (await page.request.get(`/api/articles/${articleId}/export?format=claimreview`)).json()) as { url: string }[] | { url: string };
  const exportedUrls = (Array.isArray(exported) ? exported : [exported]).map((e) => e.url).sort();
  expect(exportedUrls).toEqual(jsonLd.map((e) => e.url).sort());

  // Feed and sitemap list the page.
  const feed = await anonymous(reader, `${base}/fact-checks/feed.xml`);
  expect(feed).toContain(`<link rel="alternate" type="text/html" href="${publicUrl}"/>`);
  expect(await anonymous(reader, `${base}/sitemap.xml`)).toContain(`<loc>${publicUrl}</loc>`);

  // oEmbed discovery → an iframe of the embed → whose links go back to the page's claim anchors.
  const discovery = /<link rel="alternate" type="application\/json\+oembed" title="[^"]*" href="([^"]+)">/.exec(html)![1].replace(/&amp;/g, "&");
  const oembed = JSON.parse(await anonymous(reader, discovery)) as { html: string };
  const embedUrl = /src="([^"]+)"/.exec(oembed.html)![1];
  expect(embedUrl).toBe(publicUrl.replace("/fact-checks/", "/embed/fact-checks/"));
  const embed = await anonymous(reader, embedUrl);
  expect(embed).toContain(`href="${publicUrl}#claim-1"`);
  const oneClaim = await anonymous(reader, `${embedUrl}/1`);
  expect(oneClaim).toContain(`href="${publicUrl}#claim-1"`);
  await reader.dispose();
});
