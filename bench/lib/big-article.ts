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
    // Mark one more claim: select the first paragraph's first five words by DOM range.
    const markMs = await page.evaluate(async () => {
      // The first text node long enough for a 20-character selection (claims split the text).
      const root = document.querySelector(".ProseMirror");
      if (!root) return -1;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let textNode: Text | null = null;
      while (walker.nextNode()) {
        const n = walker.currentNode as Text;
        if ((n.textContent ?? "").trim().length >= 25 && n.parentElement?.closest("p")) {
          textNode = n;
          break;
        }
      }
      if (!textNode || !textNode.textContent) return -1;
      const range = document.createRange();
      range.setStart(textNode, 0);
      range.setEnd(textNode, Math.min(textNode.textContent.length, 20));
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      document.dispatchEvent(new Event("selectionchange"));
      await new Promise((r) => setTimeout(r, 100));
      const before = document.querySelectorAll("[data-claim-id]").length;
      const t0 = performance.now();
      (document.querySelector(".ProseMirror") as HTMLElement).dispatchEvent(
        new KeyboardEvent("keydown", { key: "M", code: "KeyM", ctrlKey: true, shiftKey: true, bubbles: true }),
      );
      while (document.querySelectorAll("[data-claim-id]").length <= before) {
        if (performance.now() - t0 > 10_000) return -1;
        await new Promise((r) => requestAnimationFrame(r));
      }
      return performance.now() - t0;
    });
    return { drawMs: summarise(drawTimes), markOneMoreMs: Math.round(markMs) };
  } finally {
    await browser.close();
  }
}
