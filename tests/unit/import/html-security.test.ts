import { describe, expect, it } from "vitest";
import { bodyToDoc, sanitizeHtml } from "@/lib/import";
import { expectNoExecutableContent, expectSafeStructure, expectValidDoc, hrefs, plain } from "./helpers";

/** [payload, text that must survive (or "" when nothing should)] */
const PAYLOADS: [string, string][] = [
  ["<p>before<script>alert(1)</script>after</p>", "beforeafter"],
  ["<script src=https://evil.example/x.js></script>kept", "kept"],
  ["<img src=x onerror=alert(1)>caption", "caption"],
  ['<a href="javascript:alert(1)">click</a>', "click"],
  ['<a href="  JaVaScRiPt:alert(1)">spaced</a>', "spaced"],
  ['<a href="java&#x09;script:alert(1)">tab-split</a>', "tab-split"],
  ['<a href="&#106;avascript:alert(1)">entity</a>', "entity"],
  ['<a href="vbscript:msgbox(1)">vb</a>', "vb"],
  ['<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>', "data link"],
  ['<iframe src="https://evil.example">fallback text</iframe>shown', "shown"],
  ["<style>body{background:url(javascript:alert(1))}</style>styled", "styled"],
  ["<svg onload=alert(1)><text>svg text</text></svg>outside", "outside"],
  ["<svg><script>alert(1)</script></svg>x", "x"],
  ['<div onclick="alert(1)" style="color:red">clickable div</div>', "clickable div"],
  ['<p onmouseover="alert(1)">hover</p>', "hover"],
  ['<object data="data:text/html,<script>alert(1)</script>">obj</object>after', "after"],
  ['<embed src="javascript:alert(1)">e', "e"],
  ['<form action="javascript:alert(1)"><input value="v"><button>Go</button><label>Label</label></form>', "Label"],
  ["<noscript><p>enable js</p></noscript>ok", "ok"],
  ["<textarea><script>alert(1)</script></textarea>ok", "ok"],
  ["<!-- <script>alert(1)</script> -->visible", "visible"],
  ["<math><mtext>alert(1)</mtext></math>m", "m"],
  ["<template><script>alert(1)</script></template>t", "t"],
  ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">m', "m"],
  ['<link rel=stylesheet href="javascript:alert(1)">l', "l"],
  ['<base href="javascript:alert(1)//">b', "b"],
  ['<video><source onerror="alert(1)"></video>v', "v"],
  ['<body onload="alert(1)">body</body>', "body"],
  // Browsers read "scr<script" as one (unknown) tag name, so what follows is plain text.
  ["<scr<script>ipt>x</script>y", "ipt>xy"],
  ['<a href="https://ok.example" onclick="alert(1)" style="x">safe link</a>', "safe link"],
];

// Escaped markup is text and must stay text: it is shown, never executed.
const ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

describe("bodyToDoc: hostile HTML", () => {
  it.each(PAYLOADS)("neutralises %s", (payload, survivor) => {
    const doc = bodyToDoc(payload, "html");
    expectValidDoc(doc);
    expect(plain(doc)).toBe(survivor);
    expectNoExecutableContent(doc);
  });

  it("keeps escaped markup as literal text", () => {
    const doc = bodyToDoc(ESCAPED, "html");
    expectValidDoc(doc);
    expect(plain(doc)).toBe("<script>alert(1)</script>");
    expect(doc.content[0].content).toEqual([{ type: "text", text: "<script>alert(1)</script>" }]);
  });

  it("keeps only http(s) and mailto links", () => {
    const doc = bodyToDoc(
      '<a href="https://a.example/x">a</a> <a href="http://b.example">b</a> <a href="mailto:c@d.example">c</a> ' +
        '<a href="ftp://f.example">f</a> <a href="/rel">r</a> <a href="//proto.example">p</a> <a href="file:///etc/passwd">e</a> <a>none</a>',
      "html",
    );
    expect(hrefs(doc)).toEqual(["https://a.example/x", "http://b.example", "mailto:c@d.example"]);
    expect(plain(doc)).toBe("a b c f r p e none");
  });

  it("never lets executable content through a Markdown document either", () => {
    const doc = bodyToDoc(
      "[x](javascript:alert(1))\n\n<iframe src=//evil></iframe>\n\n![img](https://x/y.png \"t\") <svg onload=alert(1)>\n\n<a href=\"data:text/html,x\">d</a>",
      "markdown",
    );
    expectValidDoc(doc);
    // Raw HTML in Markdown is kept as visible text (nothing lost), never as markup or links.
    expectSafeStructure(doc);
    expect(plain(doc)).toContain("<iframe src=//evil></iframe>");
  });
});

describe("sanitizeHtml", () => {
  it("keeps the allow-listed structure and strips every attribute but safe ones", () => {
    const out = sanitizeHtml(
      '<h2 id="x" style="c">T</h2><p class="k">a <strong>b</strong> <em>c</em> <u>d</u> <del>e</del></p>' +
        '<ol start="3" type="i" reversed><li>x</li></ol><pre><code class="language-js evil">1</code></pre><hr class="y">',
    );
    expect(out).toBe(
      '<h2>T</h2><p>a <strong>b</strong> <em>c</em> <u>d</u> <del>e</del></p><ol start="3" type="i"><li>x</li></ol>' +
        '<pre><code class="language-js">1</code></pre><hr />',
    );
  });

  it("removes scripts, handlers and dangerous URLs", () => {
    const out = sanitizeHtml(PAYLOADS.map(([payload]) => payload).join("\n"));
    expect(out).not.toMatch(/<\s*(script|iframe|svg|img|object|embed|style|form|input|meta|link|base|math|template)\b/i);
    expect(out).not.toMatch(/\son[a-z]+=/i);
    expect(out).not.toMatch(/(javascript|vbscript|data):/i);
    expect(out).not.toMatch(/alert\(1\)/);
    expect(sanitizeHtml(ESCAPED)).toBe(ESCAPED);
  });

  it("leaves an unsafe link as inert, attribute-less <a> and keeps later markup well formed", () => {
    // Regression: renaming the <a> to an unwrapped tag made sanitize-html 2.17 close the
    // following <b> with </span>.
    expect(sanitizeHtml('<a href="javascript:x">a</a><b>b</b>')).toBe("<a>a</a><b>b</b>");
  });

  it("maps layout containers to bare <div>s and unwraps spans", () => {
    expect(sanitizeHtml('<section class="x"><table><tr><td onclick="y">c</td></tr></table><span style="z">s</span></section>')).toBe(
      "<div><div><div><div>c</div></div></div>s</div>",
    );
  });

  it("limits nesting depth so hostile input cannot exhaust the stack", () => {
    const deep = "<div>".repeat(1500) + "deep text" + "</div>".repeat(1500);
    const out = sanitizeHtml(deep);
    expect((out.match(/<div>/g) ?? []).length).toBeLessThanOrEqual(100);
    expect(out).toContain("deep text");
  });
});
