import { describe, expect, it } from "vitest";
import { EditorDocError, parseEditorDoc } from "@/lib/revisions";

const para = (...content: object[]) => ({ type: "paragraph", content });
const text = (t: string, marks?: object[]) => ({ type: "text", text: t, ...(marks ? { marks } : {}) });

describe("parseEditorDoc", () => {
  it("normalises a valid StarterKit document", () => {
    const doc = parseEditorDoc({ type: "doc", content: [para(text("Hi", [{ type: "link", attrs: { href: "https://example.org", onclick: "x" } }]))] });
    expect(doc.content[0].content?.[0].marks?.[0]).toEqual({ type: "link", attrs: { href: "https://example.org", target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null } });
  });

  it("drops links to javascript:, data: and relative targets but keeps their words", () => {
    for (const href of ["javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "/relative", " vbscript:x"]) {
      const doc = parseEditorDoc({ type: "doc", content: [para(text("click", [{ type: "link", attrs: { href } }, { type: "bold" }]))] });
      expect(doc.content[0].content?.[0]).toEqual({ type: "text", text: "click", marks: [{ type: "bold" }] });
    }
    const mail = parseEditorDoc({ type: "doc", content: [para(text("mail", [{ type: "link", attrs: { href: "mailto:desk@example.org" } }]))] });
    expect(mail.content[0].content?.[0].marks?.[0].attrs?.href).toBe("mailto:desk@example.org");
  });

  it("clamps heading levels to 1–6", () => {
    const doc = parseEditorDoc({ type: "doc", content: [{ type: "heading", attrs: { level: 9 }, content: [text("H")] }] });
    expect(doc.content[0].attrs?.level).toBe(6);
  });

  it("refuses what the editor's schema does not allow", () => {
    for (const bad of [
      { type: "paragraph" },
      { type: "doc", content: [{ type: "image", attrs: { src: "x" } }] },
      { type: "doc", content: [text("loose text")] },
      { type: "doc", content: [para(text(""))] },
      { type: "doc", content: [para(para(text("nested")))] },
      "not a doc",
    ]) {
      expect(() => parseEditorDoc(bad)).toThrow(EditorDocError);
    }
  });

  it("refuses documents nested absurdly deep instead of overflowing the stack", () => {
    let node: object = para(text("deep"));
    for (let i = 0; i < 5_000; i++) node = { type: "blockquote", content: [node] };
    expect(() => parseEditorDoc({ type: "doc", content: [node] })).toThrow(/nested more than/);
  });
});
