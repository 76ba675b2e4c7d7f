import { getSchema } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { EditorState, type Plugin } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { textToDoc } from "@/lib/anchoring";

/** The workbench's schema: a ProseMirror state needs no DOM, so these tests run in Node. */
export const schema = getSchema([StarterKit]);

export function docFromText(text: string): PMNode {
  return schema.nodeFromJSON(textToDoc(text));
}

export function stateWith(text: string, plugins: Plugin[]): EditorState {
  return EditorState.create({ doc: docFromText(text), plugins });
}

const WORDS = ["the", "minister", "said", "inflation", "fell", "to", "three", "per", "cent", "in", "March", "while", "wages", "rose", "faster", "than", "prices"];

/** A long article: `paragraphs` paragraphs of `wordsPerParagraph` words. */
export function longArticle(paragraphs: number, wordsPerParagraph: number): string {
  const lines: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const words: string[] = [];
    for (let w = 0; w < wordsPerParagraph; w++) words.push(WORDS[(p * 7 + w) % WORDS.length]);
    lines.push(words.join(" ") + ".");
  }
  return lines.join("\n");
}
