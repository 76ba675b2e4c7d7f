import { NextRequest } from "next/server";
import { Marked } from "marked";
import { parseDocument } from "htmlparser2";
import { Element, type ChildNode } from "domhandler";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/articles/[id]/export/route";
import { POST as previewRoute } from "@/app/api/markdown/preview/route";
import { GET as commentsRoute } from "@/app/api/claims/[id]/comments/route";
import { isSafeLinkUrl } from "@/lib/domain/link-safety";
import { addComment } from "@/lib/server/add-comment";
import { createApiToken } from "@/lib/server/create-api-token";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { XSS_VECTORS } from "@/tests/fixtures/xss/vectors";
import { db, makeUser } from "../helpers";

/**
 * Section 4 of issue 10: one link rule and one Markdown renderer. The Markdown export is
 * opened here the way a reader's tool would open it, with `marked` and its default
 * options (raw HTML passes through, any link scheme is kept), so whatever survives in the
 * file is what a reader would get.
 */

// Vectors that only mean something to a Markdown parser, on top of the HTML corpus.
const MARKDOWN_VECTORS = [
  "\\<img src=x onerror=window.__xss=1>", // an escaped backslash followed by raw HTML
  "\\\\<img src=x onerror=window.__xss=1>",
  "[click](<javascript:window.__xss=1>)",
  "[click](java&#x73;cript:window.__xss=1)",
  "[click](JAVASCRIPT:window.__xss=1 \"title\")",
  "<javascript:window.__xss=1>",
  "[ref link][evil]\n\n[evil]: javascript:window.__xss=1",
  "[data](data:text/html;base64,PHNjcmlwdD48L3NjcmlwdD4=)",
  "![x](https://evil.example/pixel.png \"onerror=window.__xss=1\")",
  "`code` <span onmouseover=window.__xss=1>hover</span>",
  "*emph <b onclick=window.__xss=1>bold</b>*",
  "```\n</code></pre><img src=x onerror=window.__xss=1>\n```",
  "[mail](mailto:desk@example.org) and [web](https://example.org/a_(b))",
];
const VECTORS = [...XSS_VECTORS, ...MARKDOWN_VECTORS];

// What Markdown itself produces; any other element in the rendered file is raw HTML that survived.
const MARKDOWN_ELEMENTS = new Set([
  "p", "a", "strong", "em", "del", "s", "code", "pre", "blockquote", "hr", "br", "ul", "ol", "li",
  "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "input",
]);

function problems(html: string): string[] {
  const found: string[] = [];
  const visit = (node: ChildNode) => {
    if (!(node instanceof Element)) return;
    if (!MARKDOWN_ELEMENTS.has(node.name)) found.push(`<${node.name}> element`);
    for (const [name, value] of Object.entries(node.attribs)) {
      if (/^on/i.test(name)) found.push(`${name}= on <${node.name}>`);
      if (name === "href" && !isSafeLinkUrl(decodeURIComponent(value))) found.push(`href=${value}`);
      if (name === "src") found.push(`src=${value}`);
    }
    node.children.forEach(visit);
  };
  parseDocument(html).children.forEach(visit);
  return found;
}

let articleId: string;
let claimIds: string[] = [];
let viewerToken: string;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  const editor = await makeUser("editor");
  viewerToken = (await createApiToken(await makeUser("viewer"), { name: "test" })).token;
  const text = VECTORS.map((_, i) => `Sentence ${i} says ${i * 3} people were counted.`).join("\n");
  ({ id: articleId } = await createArticle(editor, { title: "Markdown safety", body: text }));
  claimIds = [];
  for (const [i, v] of VECTORS.entries()) {
    const claim = await createClaim(editor, articleId, { exact: `Sentence ${i} says`, claimant: v, normalized: v, rationale: `probe ${i}: ${v}\n\n**bold** ${v}` });
    claimIds.push(claim.id);
    // "@" would be read as a mention of an unknown colleague, which is refused.
    await addComment(editor, claim.id, { body: `comment ${i}: ${v.replace(/@/g, "(at)")}` });
  }
});

describe("the Markdown export opened with marked's default options", () => {
  it("has no script links, event handlers or raw HTML elements, and keeps every probe as text", async () => {
    const res = await exportRoute(
      new NextRequest(`http://localhost/api/articles/${articleId}/export?format=markdown&drafts=1`, { headers: bearer(viewerToken) }),
      { params: Promise.resolve({ id: articleId }) },
    );
    expect(res.status).toBe(200);
    const markdown = await res.text();
    const html = new Marked().parse(markdown, { async: false });
    expect(problems(html)).toEqual([]);
    for (let i = 0; i < VECTORS.length; i++) expect(html, `probe ${i}`).toContain(`probe ${i}:`);
    expect(html).toContain('<a href="mailto:desk@example.org">mail</a>');
    expect(html).toContain("<strong>bold</strong>");
  });
});

describe("POST /api/markdown/preview: the one server-side renderer", () => {
  const preview = (body: unknown, headers: Record<string, string> = bearer(viewerToken)) =>
    previewRoute(new NextRequest("http://localhost/api/markdown/preview", { method: "POST", body: JSON.stringify(body), headers: { ...headers, "content-type": "application/json" } }), { params: Promise.resolve({}) });

  it("renders every vector to HTML without executable markup", async () => {
    for (const v of VECTORS) {
      const res = await preview({ markdown: `${v}\n\n**bold** [ok](https://example.org)` });
      expect(res.status).toBe(200);
      const { html } = await res.json();
      expect(problems(html), v).toEqual([]);
      expect(html).toContain('<a href="https://example.org">ok</a>');
    }
  });

  it("answers 422 for input that is too long or not text, and 401 without credentials", async () => {
    expect((await preview({ markdown: "x".repeat(20_001) })).status).toBe(422);
    expect((await preview({ markdown: 42 })).status).toBe(422);
    expect((await preview({ markdown: "hi" }, {})).status).toBe(401);
  });

  it("renders comments the same way (bodyHtml)", async () => {
    for (const id of claimIds) {
      const res = await commentsRoute(new NextRequest(`http://localhost/api/claims/${id}/comments`, { headers: bearer(viewerToken) }), { params: Promise.resolve({ id }) });
      const { threads } = await res.json();
      expect(problems(threads[0].root.bodyHtml)).toEqual([]);
    }
  });
});
