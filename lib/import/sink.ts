import { finishInline } from "./inline";
import type { PMNode } from "./types";

export function emptyParagraph(): PMNode {
  return { type: "paragraph" };
}

export function paragraph(content: PMNode[]): PMNode {
  return { type: "paragraph", content };
}

type MakeTextblock = (content: PMNode[]) => PMNode;

/**
 * Collects the blocks of one container (doc, blockquote, list item). Inline content is
 * buffered and turned into a textblock whenever a block boundary is reached, which is how
 * bare text next to blocks gets wrapped in paragraphs and empty paragraphs disappear.
 */
export class BlockSink {
  private inline: PMNode[] = [];

  constructor(
    private readonly makeTextblock: MakeTextblock,
    private readonly blocks: PMNode[] = [],
  ) {}

  addInline(node: PMNode): void {
    this.inline.push(node);
  }

  addBlock(node: PMNode): void {
    this.flush();
    this.blocks.push(node);
  }

  /** Ends the current textblock, if it has any visible content. */
  flush(): void {
    if (!this.inline.length) return;
    const content = finishInline(this.inline);
    this.inline = [];
    if (content) this.blocks.push(this.makeTextblock(content));
  }

  /** A sink writing into the same container but producing another textblock type. */
  derive(makeTextblock: MakeTextblock): BlockSink {
    return new BlockSink(makeTextblock, this.blocks);
  }

  finish(): PMNode[] {
    this.flush();
    return this.blocks;
  }
}
