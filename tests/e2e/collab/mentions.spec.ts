import { expect, test } from "@playwright/test";
import { newSignedInPage, signIn } from "../fixtures";

test("a mention shows up unread for the person named; opening it marks it read and goes to the claim", async ({ page, browser }) => {
  const ana = await newSignedInPage(browser, "editor");
  const origin = new URL(ana.url()).origin;
  const { articles } = await (await ana.request.get("/api/articles")).json();
  const article = articles.find((a: { title: string }) => a.title.startsWith("Putin slams"));
  const { claims } = await (await ana.request.get(`/api/articles/${article.id}`)).json();
  const claim = claims[0];
  const text = `Can you confirm this, @Ben Editor? (${Date.now()})`;

  const unknown = await ana.request.post(`/api/claims/${claim.id}/comments`, { headers: { origin }, data: { body: "Ask @nobodyhere" } });
  expect(unknown.status()).toBe(422);
  expect((await unknown.json()).error.message).toMatch(/^No user called @nobodyhere/);
  const posted = await ana.request.post(`/api/claims/${claim.id}/comments`, { headers: { origin }, data: { body: text } });
  expect(posted.status()).toBe(201);

  await signIn(page, "editor2");
  await page.goto("/mentions");
  const unread = page.getByRole("list", { name: "Unread mentions" });
  const item = unread.getByTestId("mention").filter({ hasText: text });
  await expect(item).toContainText("Ana Editor");
  await item.getByRole("link").click();
  // The workbench may take a while to compile on a development server.
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${claim.id}`), { timeout: 30_000 });

  await page.goto("/mentions");
  await expect(page.getByRole("list", { name: "Read mentions" }).getByTestId("mention").filter({ hasText: String(text.match(/\d+/)![0]) })).toBeVisible();
  const { mentions } = await (await page.request.get("/api/mentions")).json();
  expect(mentions.find((m: { excerpt: string }) => m.excerpt.includes(text.match(/\d+/)![0])).readAt).not.toBeNull();
  await ana.context().close();
});
