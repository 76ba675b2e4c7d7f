import { Parser } from "htmlparser2";
import { codeBlockFrom, languageFromClass, listFrom, NEWLINE_IN_PRE } from "./html-blocks";
import { hardBreak, textNode } from "./inline";
import { addMark, linkMark, NO_MARKS, type MarkSet } from "./marks";
import { BlockSink, emptyParagraph, paragraph } from "./sink";
import { safeHref } from "./url";
import type { PMDoc, PMMark } from "./types";

/**
 * Sanitised HTML → StarterKit document, straight from parser events. No DOM tree is
 * built: for a 1 MB article that tree was most of the conversion time and garbage.
 * htmlparser2 reports implied closes, so open/close events always nest properly.
 */

const SIMPLE_MARKS: Record<string, PMMark> = {
  strong: { type: "bold" },
  b: { type: "bold" },
  em: { type: "italic" },
  i: { type: "italic" },
  u: { type: "underline" },
  s: { type: "strike" },
  strike: { type: "strike" },
  del: { type: "strike" },
  code: { type: "code" },
};

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const HTML_SPACE_ONLY = /^[ \t\n\f\r]*$/;

interface PreState {
  text: string;
  language: string | null;
  sawElement: boolean;
}

/**
 * An open element: where its content goes, with which marks, and what closing it does
 * (`close`). Plain data rather than per-element closures: a 1 MB article opens a few
 * hundred thousand elements.
 */
interface Frame {
  sink: BlockSink;
  marks: MarkSet;
  close?: "flush" | "list" | "blockquote" | "pre" | "newlineInPre";
  /** Where a list, blockquote or code block lands when it closes. */
  outer?: BlockSink;
  /** On <ul>/<ol>: one sink per item. */
  items?: BlockSink[];
  list?: { tag: string; attribs: Record<string, string> };
  /** Inside <pre>: everything below is collected as raw text. */
  pre?: PreState;
}

/** Content directly inside a list but outside any <li> joins the previous item. */
function lastItem(items: BlockSink[]): BlockSink {
  if (!items.length) items.push(new BlockSink(paragraph));
  return items[items.length - 1];
}

function newlineInPre(pre: PreState): void {
  if (pre.text && !pre.text.endsWith("\n")) pre.text += "\n";
}

function openInPre(parent: Frame, pre: PreState, name: string, attribs: Record<string, string>): Frame {
  if (!pre.sawElement) pre.language = languageFromClass(attribs.class);
  pre.sawElement = true;
  if (name === "br") pre.text += "\n";
  if (!NEWLINE_IN_PRE.has(name)) return { sink: parent.sink, marks: parent.marks, pre };
  newlineInPre(pre); // block elements inside <pre> start and end a line
  return { sink: parent.sink, marks: parent.marks, pre, close: "newlineInPre" };
}

function openElement(sink: BlockSink, marks: MarkSet, name: string, attribs: Record<string, string>): Frame {
  const simple = SIMPLE_MARKS[name];
  if (simple) return { sink, marks: addMark(marks, simple) };

  const level = HEADING_LEVEL[name];
  if (level) {
    // Block content inside a heading (htmlparser2 allows <h1><p>…) splits it into
    // several headings rather than being flattened into one line.
    sink.flush();
    return { sink: sink.derive((content) => ({ type: "heading", attrs: { level }, content })), marks, close: "flush" };
  }

  switch (name) {
    case "a": {
      const href = safeHref(attribs.href);
      return { sink, marks: href ? addMark(marks, linkMark(href)) : marks };
    }
    case "br":
      sink.addInline(hardBreak());
      return { sink, marks };
    case "p":
    case "div":
    case "li": // an <li> outside any list: treat like a paragraph
      sink.flush();
      return { sink, marks, close: "flush" };
    case "ul":
    case "ol":
      sink.flush();
      return { sink, marks, close: "list", outer: sink, items: [], list: { tag: name, attribs } };
    case "blockquote":
      sink.flush();
      return { sink: new BlockSink(paragraph), marks, close: "blockquote", outer: sink };
    case "pre":
      sink.flush();
      return { sink, marks, close: "pre", outer: sink, pre: { text: "", language: null, sawElement: false } };
    case "hr":
      sink.addBlock({ type: "horizontalRule" });
      return { sink, marks };
    default:
      return { sink, marks }; // transparent wrapper
  }
}

function open(parent: Frame, name: string, attribs: Record<string, string>): Frame {
  if (parent.pre) return openInPre(parent, parent.pre, name, attribs);
  if (parent.items && name === "li") {
    const item = new BlockSink(paragraph);
    parent.items.push(item);
    // Flushed on close: stray content after </li> must start a new paragraph.
    return { sink: item, marks: parent.marks, close: "flush" };
  }
  const sink = parent.items ? lastItem(parent.items) : parent.sink;
  return openElement(sink, parent.marks, name, attribs);
}

function close(frame: Frame): void {
  switch (frame.close) {
    case "flush":
      frame.sink.flush();
      return;
    case "newlineInPre":
      if (frame.pre) newlineInPre(frame.pre);
      return;
    case "list": {
      const list = frame.list && frame.items ? listFrom(frame.list.tag, frame.list.attribs, frame.items) : null;
      if (list) frame.outer?.addBlock(list);
      return;
    }
    case "blockquote": {
      const content = frame.sink.finish();
      if (content.length) frame.outer?.addBlock({ type: "blockquote", content });
      return;
    }
    case "pre": {
      const code = frame.pre ? codeBlockFrom(frame.pre.text, frame.pre.language) : null;
      if (code) frame.outer?.addBlock(code);
      return;
    }
    default:
      return;
  }
}

export function sanitizedHtmlToDoc(clean: string): PMDoc {
  const root: Frame = { sink: new BlockSink(paragraph), marks: NO_MARKS };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1];

  // The parser delivers one text run in pieces (entities separately); join them first so
  // "&lt; &lt;" directly inside a list is not mistaken for whitespace-only filler.
  let text = "";
  const flushText = () => {
    if (!text) return;
    const frame = top();
    if (frame.pre) frame.pre.text += text;
    else if (!frame.items) frame.sink.addInline(textNode(text, frame.marks));
    else if (!HTML_SPACE_ONLY.test(text)) lastItem(frame.items).addInline(textNode(text, frame.marks));
    text = "";
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        flushText();
        stack.push(open(top(), name, attribs));
      },
      ontext(data) {
        text += data;
      },
      onclosetag() {
        flushText();
        const frame = stack.length > 1 ? stack.pop() : undefined; // never pop the root
        if (frame) close(frame);
      },
    },
    { decodeEntities: true },
  );
  parser.end(clean);
  flushText();

  const content = root.sink.finish();
  // A doc needs at least one block; an empty editor holds one empty paragraph.
  return { type: "doc", content: content.length ? content : [emptyParagraph()] };
}
