import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { expect } from "vitest";
import type { PMDoc, PMNode } from "@/lib/import";

/** The real editor schema: every document the importer produces must satisfy it. */
export const schema = getSchema([StarterKit]);

/**
 * Validates against ProseMirror (content expressions, attrs, mark sets) and checks the
 * JSON is already canonical: identical, key order included, to what the editor would
 * save for the same document.
 */
export function expectValidDoc(doc: PMDoc): void {
  const node = schema.nodeFromJSON(doc);
  node.check();
  expect(JSON.stringify(node.toJSON())).toBe(JSON.stringify(doc));
}

/** Local plain-text projection (lib/anchoring owns the real one): blocks joined by "\n". */
export function plain(doc: PMDoc): string {
  const lines: string[] = [];
  const walk = (node: PMNode) => {
    if (node.type === "paragraph" || node.type === "heading" || node.type === "codeBlock") {
      lines.push((node.content ?? []).map((n) => (n.type === "hardBreak" ? "\n" : (n.text ?? ""))).join(""));
      return;
    }
    (node.content ?? []).forEach(walk);
  };
  doc.content.forEach(walk);
  return lines.join("\n");
}

export function allNodes(doc: PMDoc): PMNode[] {
  const out: PMNode[] = [];
  const walk = (node: PMNode) => {
    out.push(node);
    (node.content ?? []).forEach(walk);
  };
  doc.content.forEach(walk);
  return out;
}

export function hrefs(doc: PMDoc): string[] {
  return allNodes(doc).flatMap((n) =>
    (n.marks ?? []).filter((m) => m.type === "link").map((m) => String(m.attrs?.href)),
  );
}

const FORBIDDEN = [
  /<\s*script/i,
  /<\s*iframe/i,
  /<\s*svg/i,
  /<\s*img/i,
  /<\s*object/i,
  /<\s*style/i,
  /\bon[a-z]+\s*=/i,
  /javascript:/i,
  /vbscript:/i,
  /data:/i,
  /alert\(/i,
];

/**
 * Nothing executable anywhere in the document: not in text, attrs or marks. Use only for
 * inputs whose legitimate text cannot contain these strings; otherwise use
 * expectSafeStructure.
 */
export function expectNoExecutableContent(doc: PMDoc): void {
  const json = JSON.stringify(doc);
  for (const pattern of FORBIDDEN) expect(json, `matched ${pattern}`).not.toMatch(pattern);
  expectSafeStructure(doc);
}

/** Only schema node/mark types, and only http(s)/mailto link targets. */
export function expectSafeStructure(doc: PMDoc): void {
  for (const href of hrefs(doc)) expect(href).toMatch(/^(https?|mailto):/i);
  const nodeTypes = new Set(Object.keys(schema.nodes));
  const markTypes = new Set(["link", "bold", "code", "italic", "strike", "underline"]);
  for (const node of allNodes(doc)) {
    expect(nodeTypes.has(node.type)).toBe(true);
    for (const mark of node.marks ?? []) expect(markTypes.has(mark.type)).toBe(true);
  }
}

export function texts(doc: PMDoc): string[] {
  return allNodes(doc).filter((n) => n.type === "text").map((n) => n.text ?? "");
}
