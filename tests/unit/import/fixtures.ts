import type { PMDoc, PMMark, PMNode } from "@/lib/import";
import { LINK_DEFAULT_ATTRS } from "@/lib/import";

const t = (text: string, ...marks: PMMark[]): PMNode =>
  marks.length ? { type: "text", marks, text } : { type: "text", text };
const p = (...content: PMNode[]): PMNode => ({ type: "paragraph", content });
const li = (...content: PMNode[]): PMNode => ({ type: "listItem", content });
export const link = (href: string) => ({ type: "link", attrs: { href, ...LINK_DEFAULT_ATTRS } });

/** A document using every node and mark the importer can produce, in canonical form. */
export const KITCHEN_SINK: PMDoc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 1 }, content: [t("Claim: "), t("“80% of people”", { type: "italic" })] },
    p(
      t("Plain, "),
      t("bold", { type: "bold" }),
      t(" and "),
      t("bold italic", { type: "bold" }, { type: "italic" }),
      t(", "),
      t("struck", { type: "strike" }),
      t(", "),
      t("under", { type: "underline" }),
      t(", "),
      t("a `tick`", { type: "code" }),
      t(", "),
      t("a link", link("https://example.org/path?q=a&b=(1)")),
      t(" and "),
      t("mail", link("mailto:desk@example.org")),
      t("."),
    ),
    p(t("Line one"), { type: "hardBreak" }, t("line two with * _ [ ] < > # ~ | & \\ ` symbols")),
    p(t("1. not a list, - not either, # not a heading")),
    {
      type: "bulletList",
      content: [
        li(p(t("first"))),
        li(p(t("second")), { type: "orderedList", attrs: { start: 1, type: null }, content: [li(p(t("nested one"))), li(p(t("nested two")))] }),
      ],
    },
    { type: "bulletList", content: [li(p(t("separate list")))] },
    { type: "orderedList", attrs: { start: 7, type: null }, content: [li(p(t("seventh"))), li(p(t("eighth")))] },
    { type: "blockquote", content: [p(t("Quoted "), t("source", { type: "bold" })), p(t("second quoted paragraph"))] },
    { type: "codeBlock", attrs: { language: "ts" }, content: [t("const a = `x`;\n\n```\n  if (a < b) {}")] },
    { type: "horizontalRule" },
    { type: "heading", attrs: { level: 3 }, content: [t("Emoji 🚀 and “quotes”")] },
    p(t("Last paragraph.")),
  ],
};
