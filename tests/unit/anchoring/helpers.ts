/**
 * Shared test helpers: the real ProseMirror schema (to check our position
 * arithmetic against ProseMirror itself) and small text utilities.
 */
import { getSchema, Node as TiptapNode } from "@tiptap/core";
import fc from "fast-check";
import { Node as PMDocNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import type { Hunk, PMNode } from "@/lib/anchoring";

/** An inline atom with no text, standing in for an inline image or a mention. */
const InlineImage = TiptapNode.create({
  name: "image",
  group: "inline",
  inline: true,
  atom: true,
  addAttributes: () => ({ src: { default: null } }),
});

export const schema = getSchema([StarterKit, InlineImage]);

export function pmDoc(json: PMNode): PMDocNode {
  const doc = PMDocNode.fromJSON(schema, json);
  doc.check(); // fail loudly if a test builds a document ProseMirror would reject
  return doc;
}

/** What ProseMirror says the text between two positions is, with our projection's rules. */
export function pmText(doc: PMDocNode, from = 0, to = doc.content.size): string {
  return doc.textBetween(from, to, "\n", (leaf) => (leaf.type.name === "hardBreak" ? "\n" : ""));
}

// Tiny builders so documents in tests read like the markup they stand for.
export const t = (text: string, ...marks: string[]): PMNode =>
  marks.length ? { type: "text", text, marks: marks.map((type) => ({ type })) } : { type: "text", text };
export const p = (...content: PMNode[]): PMNode => (content.length ? { type: "paragraph", content } : { type: "paragraph" });
export const h = (level: number, ...content: PMNode[]): PMNode => ({ type: "heading", attrs: { level }, content });
export const doc = (...content: PMNode[]): PMNode => ({ type: "doc", content });
export const br: PMNode = { type: "hardBreak" };
export const img: PMNode = { type: "image", attrs: { src: "x.png" } };
export const hr: PMNode = { type: "horizontalRule" };
export const ul = (...items: PMNode[][]): PMNode => ({
  type: "bulletList",
  content: items.map((content) => ({ type: "listItem", content })),
});
export const ol = (...items: PMNode[][]): PMNode => ({
  type: "orderedList",
  content: items.map((content) => ({ type: "listItem", content })),
});
export const quote = (...content: PMNode[]): PMNode => ({ type: "blockquote", content });
export const code = (text: string): PMNode => ({ type: "codeBlock", content: [{ type: "text", text }] });

/** Rebuilds the new text from the old one and the hunks: a diff is correct iff this returns it. */
export function applyHunks(oldText: string, newText: string, hunks: readonly Hunk[]): string {
  let out = "";
  let at = 0;
  for (const hk of hunks) {
    out += oldText.slice(at, hk.oldStart) + newText.slice(hk.newStart, hk.newEnd);
    at = hk.oldEnd;
  }
  return out + oldText.slice(at);
}

/** Deterministic PRNG (mulberry32) for generated texts. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random valid StarterKit documents with marks, breaks, images, lists and quotes. */
export function arbitraryDoc(): fc.Arbitrary<PMNode> {
  const text = fc.string({ unit: fc.constantFrom("a", "b", " ", "\u00E9", "\u{1F600}", "\u201C"), minLength: 1, maxLength: 6 });
  const inline = fc.oneof(
    { weight: 4, arbitrary: text.map((s) => t(s)) },
    { weight: 2, arbitrary: text.map((s) => t(s, "bold")) },
    { weight: 1, arbitrary: fc.constant(br) },
    { weight: 1, arbitrary: fc.constant(img) },
  );
  const paragraph = fc.array(inline, { maxLength: 4 }).map((content) => p(...content));
  const heading = fc.array(inline, { maxLength: 3 }).map((content) => h(2, ...content));
  const { block } = fc.letrec<{ block: PMNode }>((tie) => ({
    block: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { weight: 5, arbitrary: paragraph },
      { weight: 1, arbitrary: heading },
      { weight: 1, arbitrary: fc.constant(hr) },
      { weight: 1, arbitrary: text.map((s) => code(s)) },
      { weight: 1, arbitrary: fc.array(tie("block"), { minLength: 1, maxLength: 3 }).map((c) => quote(...c)) },
      {
        weight: 1,
        arbitrary: fc
          .array(fc.tuple(paragraph, fc.array(tie("block"), { maxLength: 2 })), { minLength: 1, maxLength: 3 })
          .map((items) => ul(...items.map(([first, rest]) => [first, ...rest]))),
      },
    ),
  }));
  return fc.array(block, { minLength: 1, maxLength: 5 }).map((content) => doc(...content));
}
