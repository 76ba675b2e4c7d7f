/**
 * Word-level comparison of two revisions' plain text, for the "compare" view. Paragraphs
 * are aligned first: identical ones are equal, and a paragraph that shares most of its
 * words with one on the other side is treated as the same paragraph, edited, and compared
 * word by word. Everything else is a whole paragraph added or removed. Aligning first keeps
 * the cost proportional to the paragraphs (a 30,000-word article with edits in every
 * paragraph diffs in milliseconds) and stops a rewritten paragraph from being matched
 * word-for-word against an unrelated one ("the", "of"), which makes a diff unreadable.
 */
import { diffArrays } from "diff";

export type DiffKind = "equal" | "insert" | "delete";

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** Two paragraphs are "the same, edited" when this share of their distinct words is common. */
const SAME_PARAGRAPH_SHARE = 0.5;
/** Give up on word-level detail inside one paragraph pair after this long (ms). */
const WORD_DIFF_TIMEOUT_MS = 500;

function push(parts: DiffPart[], kind: DiffKind, text: string): void {
  if (text === "") return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** Lines with their "\n"; the caller guarantees the text ends with one. */
const lines = (text: string): string[] => text.match(/[^\n]*\n/g) ?? [];

function wordSetCache() {
  const cache = new Map<string, Set<string>>();
  return (line: string) => {
    let set = cache.get(line);
    if (!set) {
      set = new Set(line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
      cache.set(line, set);
    }
    return set;
  };
}

function similar(words: (line: string) => Set<string>) {
  return (a: string, b: string): boolean => {
    if (a === b) return true;
    const x = words(a);
    const y = words(b);
    if (x.size === 0 || y.size === 0) return false;
    let common = 0;
    for (const w of x) if (y.has(w)) common++;
    return common / Math.max(x.size, y.size) >= SAME_PARAGRAPH_SHARE;
  };
}

/**
 * Words, numbers and the spaces and marks between them. A number with its decimal point,
 * thousands separators, signs of ratio or time and a trailing % is one token, so "3.9%" →
 * "4.1%" reads as one number replaced, not "3|4 . 9|1".
 */
const TOKEN = /\p{N}+(?:[.,:/]\p{N}+)*%?|[\p{L}\p{M}\p{N}_'’-]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;
export const diffTokens = (text: string): string[] => text.match(TOKEN) ?? [];

/** One paragraph edited: deletions shown before the insertions that replace them. */
function wordLevel(parts: DiffPart[], before: string, after: string): void {
  const changes = diffArrays(diffTokens(before), diffTokens(after), { timeout: WORD_DIFF_TIMEOUT_MS });
  const words = changes?.map((c) => ({ added: c.added, removed: c.removed, value: c.value.join("") }));
  if (!words) {
    push(parts, "delete", before);
    push(parts, "insert", after);
    return;
  }
  let pendingInsert = "";
  for (const c of words) {
    if (c.added) {
      pendingInsert += c.value;
      continue;
    }
    if (!c.removed) {
      push(parts, "insert", pendingInsert);
      pendingInsert = "";
    }
    push(parts, c.removed ? "delete" : "equal", c.value);
  }
  push(parts, "insert", pendingInsert);
}

/**
 * Removes the "\n" appended to both texts: the last character of each side. When that
 * character sits in an equal part that is not the last part of the other side, it is a
 * real newline for the other side only ("a" → "a\nb"), so it becomes an insertion or a
 * deletion there.
 */
function dropSentinel(parts: DiffPart[]): DiffPart[] {
  const lastOld = parts.findLastIndex((p) => p.kind !== "insert");
  const lastNew = parts.findLastIndex((p) => p.kind !== "delete");
  const out: DiffPart[] = [];
  parts.forEach((p, i) => {
    const isOldEnd = i === lastOld;
    const isNewEnd = i === lastNew;
    if (!isOldEnd && !isNewEnd) return push(out, p.kind, p.text);
    const body = p.text.slice(0, -1);
    push(out, p.kind, body);
    // An equal part ending only one side: its newline belongs to the other side.
    if (p.kind === "equal" && isOldEnd && !isNewEnd) push(out, "insert", "\n");
    if (p.kind === "equal" && isNewEnd && !isOldEnd) push(out, "delete", "\n");
  });
  return out;
}

/**
 * The changes from `oldText` to `newText`, in reading order. Joining the "equal" and
 * "delete" parts gives `oldText`; joining "equal" and "insert" gives `newText`.
 */
export function wordDiff(oldText: string, newText: string): DiffPart[] {
  if (oldText === newText) return oldText === "" ? [] : [{ kind: "equal", text: oldText }];
  // A final "\n" on both sides makes the last paragraph a line like the others.
  const a = lines(oldText + "\n");
  const b = lines(newText + "\n");
  const words = wordSetCache();
  const aligned = diffArrays(a, b, { comparator: similar(words) });
  const parts: DiffPart[] = [];
  let ai = 0;
  let bi = 0;
  for (const change of aligned) {
    const n = change.count ?? change.value.length;
    if (change.removed) {
      for (let k = 0; k < n; k++) push(parts, "delete", a[ai++]);
    } else if (change.added) {
      for (let k = 0; k < n; k++) push(parts, "insert", b[bi++]);
    } else {
      for (let k = 0; k < n; k++) {
        const before = a[ai++];
        const after = b[bi++];
        if (before === after) push(parts, "equal", before);
        else wordLevel(parts, before, after);
      }
    }
  }
  return dropSentinel(parts);
}

/** Words inserted and deleted, for a one-line summary ("+12 −3 words"). */
export function diffStats(parts: readonly DiffPart[]): { insertedWords: number; deletedWords: number } {
  const count = (kind: DiffKind) =>
    parts.filter((p) => p.kind === kind).reduce((n, p) => n + (p.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  return { insertedWords: count("insert"), deletedWords: count("delete") };
}
