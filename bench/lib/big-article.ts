import { chromium } from "@playwright/test";
import { summarise } from "./stats";

/** Median-of-N API time to serve the big article (GET /api/articles/{id}) with a bearer token. */
export async function timeBigArticleApi(baseUrl: string, token: string, articleId: string, runs = 15) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = await fetch(`${baseUrl}/api/articles/${articleId}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.arrayBuffer();
    times.push(performance.now() - t0);
    bytes = body.byteLength;
    if (!res.ok) throw new Error(`GET big article answered ${res.status}`);
  }
  return { ...summarise(times.slice(2)), bytes }; // the first two warm caches
}

/**
 * In headless Chromium: time from navigation start until every claim highlight is drawn,
 * and the time to mark one more claim (select words, press Mod-Shift-M, wait for it).
 */
export async function timeBigArticleBrowser(baseUrl: string, login: { email: string; password: string }, articleId: string, expectedClaims: number) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/signin`);
    await page.getByLabel("Email").fill(login.email);
    await page.getByLabel("Password").fill(login.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/articles/);
    const drawTimes: number[] = [];
    for (let run = 0; run < 3; run++) {
      await page.goto(`${baseUrl}/articles/${articleId}`);
      await page.waitForFunction(
        (n) => new Set(Array.from(document.querySelectorAll("[data-claim-id]"), (e) => e.getAttribute("data-claim-id"))).size >= n,
        expectedClaims,
        { timeout: 60_000, polling: 50 },
      );
      drawTimes.push(await page.evaluate(() => performance.now())); // ms since navigation start
    }
    // Mark one more claim: focus the editor, select 25 characters of a text node by DOM range,
    // press the real shortcut and time until one more claim is drawn (the optimistic draw).
    const before = await page.evaluate(() => {
      const root = document.querySelector(".ProseMirror") as HTMLElement | null;
      if (!root) return -1;
      root.focus();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let textNode: Text | null = null;
      while (walker.nextNode()) {
        const n = walker.currentNode as Text;
        if ((n.textContent ?? "").trim().length >= 30 && n.parentElement?.closest("p")) {
          textNode = n;
          break;
        }
      }
      if (!textNode) return -1;
      const start = (textNode.textContent ?? "").search(/\S/);
      const range = document.createRange();
      range.setStart(textNode, start);
      range.setEnd(textNode, start + 25);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return new Set(Array.from(document.querySelectorAll("[data-claim-id]"), (e) => e.getAttribute("data-claim-id"))).size;
    });
    let markMs = -1;
    if (before >= 0) {
      await page.waitForTimeout(200); // let ProseMirror read the new selection
      const t0 = Date.now();
      await page.keyboard.press("Control+Shift+M");
      await page.waitForFunction(
        (n) => new Set(Array.from(document.querySelectorAll("[data-claim-id]"), (e) => e.getAttribute("data-claim-id"))).size > n,
        before,
        { timeout: 10_000, polling: 16 },
      );
      markMs = Date.now() - t0;
    }
    return { drawMs: summarise(drawTimes), markOneMoreMs: Math.round(markMs) };
  } finally {
    await browser.close();
  }
}
