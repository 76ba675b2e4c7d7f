import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "htmlparser2";
import { Element, type ChildNode } from "domhandler";
import type { Actor } from "@/lib/domain/actor";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { updateClaim } from "@/lib/server/update-claim";
import { linkSource } from "@/lib/server/link-source";
import { addComment } from "@/lib/server/add-comment";
import { reviewClaim } from "@/lib/server/review-claim";
import { exportArticle } from "@/lib/server/export-article";
import { createUser } from "@/lib/server/create-user";
import { EXPORT_FORMATS } from "@/lib/export/types";
import { XSS_VECTORS } from "@/tests/fixtures/xss/vectors";
import { db, makeUser } from "../helpers";

const FORBIDDEN_TAGS = new Set(["script", "iframe", "object", "embed", "svg", "math", "base", "form", "input", "button", "link", "frame", "frameset", "applet"]);
const URL_ATTRS = new Set(["href", "src", "action", "formaction", "xlink:href", "srcdoc", "data", "background", "poster"]);

/** Walks the parsed HTML: no executable element, no event-handler attribute, no script URL. */
function assertNoExecutable(html: string, where: string) {
  const visit = (node: ChildNode) => {
    if (node instanceof Element) {
      expect(FORBIDDEN_TAGS.has(node.name), `${where}: <${node.name}> element`).toBe(false);
      if (node.name === "style" && !isInHead(node)) expect.fail(`${where}: <style> outside <head>`);
      for (const [name, value] of Object.entries(node.attribs)) {
        expect(/^on/i.test(name), `${where}: ${name}= on <${node.name}>`).toBe(false);
        if (URL_ATTRS.has(name.toLowerCase())) expect(value.trim(), `${where}: ${name}=${value}`).toMatch(/^(https?:|mailto:|#|$)/i);
        if (name === "style") expect(value, `${where}: style=${value}`).not.toMatch(/url\(|expression\(/i);
      }
      node.children.forEach(visit);
    }
  };
  parseDocument(html).children.forEach(visit);
}

function isInHead(node: Element): boolean {
  for (let p = node.parent; p; p = p.parent) if (p instanceof Element && p.name === "head") return true;
  return false;
}

let editor: Actor;
let reviewer: Actor;
let admin: Actor;

beforeAll(async () => {
  editor = await makeUser("editor", XSS_VECTORS[2]);
  reviewer = await makeUser("reviewer");
  admin = await makeUser("admin");
});

describe("XSS corpus through every text a user can enter", () => {
  it("HTML import drops executable markup and keeps the text around each vector", async () => {
    // One article per vector: an unclosed <style> or <script> in HTML swallows what follows
    // it by the HTML parsing rules, so each vector gets its own document.
    for (const [i, v] of XSS_VECTORS.entries()) {
      const { id } = await createArticle(editor, { title: v, body: `<p>before ${i}: ${v} after</p><p>next paragraph ${i}</p>`, bodyFormat: "html" });
      const article = await db.article.findUniqueOrThrow({ where: { id } });
      expect(article.doc, `vector ${i}`).not.toMatch(/"href":"\s*(javascript|vbscript|data):/i);
      expect(article.text, `vector ${i}`).toContain(`before ${i}:`);
    }
  });

  it("text and Markdown import keep every vector as visible text", async () => {
    for (const format of ["text", "markdown"] as const) {
      const body = XSS_VECTORS.map((v, i) => `probe ${i}: ${v}`).join("\n");
      const { id } = await createArticle(editor, { title: XSS_VECTORS[0], body, bodyFormat: format });
      const article = await db.article.findUniqueOrThrow({ where: { id } });
      expect(article.title).toBe(XSS_VECTORS[0]); // stored as text, escaped when shown
      const doc = JSON.stringify(JSON.parse(article.doc));
      expect(doc, `${format}: javascript: link in the document`).not.toMatch(/"href":"\s*(javascript|vbscript|data):/i);
      for (let i = 0; i < XSS_VECTORS.length; i++) expect(article.text, `${format}: probe ${i} lost`).toContain(`probe ${i}`);
      if (format === "text") for (const v of XSS_VECTORS) expect(article.text).toContain(v.trim());
    }
  });

  it("claims, sources, comments and user names keep hostile text verbatim, and every export neutralises it", async () => {
    const text = XSS_VECTORS.map((v, i) => `Sentence ${i} says ${i * 3} people were counted.`).join("\n");
    const { id: articleId } = await createArticle(editor, { title: `<img src=x onerror=window.__xss=1> report`, body: text, url: "https://example.org/a?x=\"><script>" });
    for (let i = 0; i < XSS_VECTORS.length; i += 5) {
      const v = XSS_VECTORS[i];
      const claim = await createClaim(editor, articleId, { exact: `Sentence ${i} says`, claimant: v, normalized: v, rationale: `${v}\n\n**bold** ${v}` });
      expect(claim.claimant).toBe(v.trim());
      const withSource = await linkSource(editor, claim.id, { url: `https://example.org/${i}?q=<script>`, title: v, publisher: v, excerpt: v, stance: "refutes" });
      await expect(linkSource(editor, claim.id, { url: `javascript:window.__xss=1//${i}`, title: v, stance: "refutes" })).rejects.toThrow(/http/);
      const comment = await addComment(editor, claim.id, { body: v });
      expect(comment.body).toBe(v.trim());
      const { claim: verdict } = await updateClaim(editor, claim.id, { version: withSource.version, verdict: "false" });
      const submitted = await reviewClaim(editor, claim.id, { action: "submit", version: verdict.version });
      await reviewClaim(reviewer, claim.id, { action: "approve", version: submitted.claim.version });
    }
    await createUser(admin, { email: "hostile@example.org", name: XSS_VECTORS[6], role: "viewer" });

    for (const format of EXPORT_FORMATS) {
      const out = await exportArticle(editor, articleId, { format, includeDrafts: true, baseUrl: "http://localhost" });
      if (format === "pdf") continue; // binary; its text is checked by the export tests
      const body = String(out.body);
      if (format === "html") {
        assertNoExecutable(body, "HTML report");
        expect(body).toContain("&lt;script&gt;"); // the text is there, escaped
      } else if (format === "markdown") {
        expect(body, "raw HTML in Markdown").not.toMatch(/(?<!\\)<(script|img|svg|iframe)/i);
      } else if (format === "json" || format === "claimreview" || format === "w3c") {
        const parsed = JSON.parse(body); // data formats carry the text verbatim, as JSON strings
        expect(JSON.stringify(parsed)).toContain("onerror");
      } else if (format === "csv") {
        expect(body).toContain("<script>"); // CSV is data; formula injection is what matters there
      }
    }
  });
});
