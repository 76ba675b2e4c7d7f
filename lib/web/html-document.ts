import { parseHTML } from "linkedom";

/**
 * A server-side DOM for a fetched page (linkedom: fast, no layout, no script execution).
 * Links and images are made absolute against the page's address first, because linkedom has
 * no baseURI and the article keeps only absolute links.
 */
export function parsePageHtml(html: string, pageUrl: string): Document {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const baseHref = doc.querySelector("base[href]")?.getAttribute("href");
  let base = pageUrl;
  try {
    if (baseHref) base = new URL(baseHref, pageUrl).href;
  } catch {
    /* a broken <base> is ignored, as browsers do */
  }
  for (const [selector, attr] of [["a[href]", "href"], ["img[src]", "src"]] as const) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const value = el.getAttribute(attr) ?? "";
      try {
        el.setAttribute(attr, new URL(value, base).href);
      } catch {
        el.removeAttribute(attr);
      }
    }
  }
  return doc;
}
