import { expect, test } from "@playwright/test";
import { openSampleArticle, signIn } from "../fixtures";
import { articleIdFrom, selectWithMouse, waitForWorkbench } from "./helpers";

test("a viewer can read claims but sees no marking or editing controls, and the API refuses their writes", async ({ page }) => {
  await signIn(page, "viewer");
  await openSampleArticle(page);
  await waitForWorkbench(page);
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() !== "GET") posts.push(`${r.method()} ${r.url()}`);
  });

  await selectWithMouse(page, "Russia denies the meddling charge.");
  await page.waitForTimeout(300);
  await expect(page.getByRole("button", { name: /Mark as claim/ })).toHaveCount(0);
  await page.keyboard.press("ControlOrMeta+Shift+M");
  await page.waitForTimeout(300);
  expect(posts).toEqual([]);

  await page.getByRole("list", { name: "Claims in reading order" }).getByRole("button").first().click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByTestId("claim-quote")).toBeVisible();
  await expect(panel.getByRole("radio")).toHaveCount(0);
  await expect(panel.getByRole("textbox")).toHaveCount(0);
  for (const name of ["Save claim", "Delete claim", "Add a source", "Update span to selection"]) {
    await expect(panel.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(panel.getByRole("button", { name: /^Unlink/ })).toHaveCount(0);

  const origin = new URL(page.url()).origin;
  const res = await page.request.post(`/api/articles/${articleIdFrom(page)}/claims`, {
    data: { exact: "Russia denies the meddling charge." },
    headers: { origin },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.code).toBe("forbidden");
});
