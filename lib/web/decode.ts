import type { FetchedPage } from "./safe-fetch";

/**
 * The page's text in the encoding it declares: the Content-Type charset, else a <meta charset>
 * in the first bytes, else UTF-8. An unknown label falls back to UTF-8 rather than failing.
 */
export function decodePage(page: Pick<FetchedPage, "body" | "charset">): string {
  const head = page.body.subarray(0, 2048).toString("latin1");
  const label = page.charset ?? /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase() ?? "utf-8";
  try {
    return new TextDecoder(label).decode(page.body);
  } catch {
    return new TextDecoder("utf-8").decode(page.body);
  }
}
