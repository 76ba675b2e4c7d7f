/**
 * @mentions in comments, as pure functions over text and the list of active colleagues.
 *
 * A mention is `@` at the start of a word followed by one of:
 *   - an email address:            @ana@newsroom.org
 *   - a full name (longest wins):  @Ana Lopes
 *   - a first name, when only one active colleague has it: @Ana
 * `ana@newsroom.org` written without a leading `@` is an address, not a mention: the `@`
 * must not follow a letter or digit. Anything else after `@` is an unknown mention, which
 * the server refuses with a message naming it, so nobody believes they notified a person
 * who was never told.
 */
import { orList, suggestNames } from "./name-suggestions";

export interface MentionCandidate {
  id: string;
  name: string;
  /** Absent in the browser for non-admins: the directory gives them names only. */
  email?: string;
}

export interface MentionMatch {
  userId: string;
  /** Offsets of the whole token, `@` included. */
  start: number;
  end: number;
}

export interface ParsedMentions {
  /** Distinct mentioned users, in order of first mention. */
  userIds: string[];
  matches: MentionMatch[];
  /** Tokens that name nobody, e.g. "@xyz". */
  unknown: string[];
  /** Tokens that fit several people, with their names. */
  ambiguous: { token: string; names: string[] }[];
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const EMAIL = /^[^\s@<>()[\]{},;:"'`]+@[^\s@<>()[\]{},;:"'`]+\.[^\s@<>()[\]{},;:"'`]+/;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}_'’.-]*/u;

const lower = (s: string) => s.toLocaleLowerCase("en");
const firstName = (name: string) => lower(name.trim().split(/\s+/)[0] ?? "");
const trimTrailingPunctuation = (s: string) => s.replace(/[.'’-]+$/u, "");

function startsMention(text: string, at: number): boolean {
  if (text[at] !== "@") return false;
  const before = at > 0 ? text[at - 1] : "";
  return !before || !(WORD_CHAR.test(before) || before === "@" || before === "." || before === "+" || before === "-");
}

export function parseMentions(text: string, users: MentionCandidate[]): ParsedMentions {
  const byEmail = new Map(users.flatMap((u) => (u.email ? [[lower(u.email), u] as const] : [])));
  const byLength = [...users].sort((a, b) => b.name.length - a.name.length);
  const result: ParsedMentions = { userIds: [], matches: [], unknown: [], ambiguous: [] };
  const add = (userId: string, start: number, end: number) => {
    result.matches.push({ userId, start, end });
    if (!result.userIds.includes(userId)) result.userIds.push(userId);
  };

  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    if (!startsMention(text, at)) continue;
    const rest = text.slice(at + 1);

    const email = EMAIL.exec(rest);
    if (email) {
      const address = trimTrailingPunctuation(email[0]);
      const user = byEmail.get(lower(address));
      if (user) add(user.id, at, at + 1 + address.length);
      else if (!result.unknown.includes("@" + address)) result.unknown.push("@" + address);
      at += address.length;
      continue;
    }

    const full = fullNameMatches(rest, byLength);
    if (full.length === 1) {
      add(full[0].id, at, at + 1 + full[0].name.length);
      at += full[0].name.length;
      continue;
    }
    if (full.length > 1) {
      result.ambiguous.push({ token: "@" + rest.slice(0, full[0].name.length), names: full.map((u) => (u.email ? `${u.name} (${u.email})` : u.name)) });
      continue;
    }

    const wordMatch = WORD.exec(rest);
    if (!wordMatch) continue; // "@" alone, "@ ", "@@": not a mention
    const word = trimTrailingPunctuation(wordMatch[0]);
    const sameFirst = users.filter((u) => firstName(u.name) === lower(word));
    if (sameFirst.length === 1) add(sameFirst[0].id, at, at + 1 + word.length);
    else if (sameFirst.length > 1) result.ambiguous.push({ token: "@" + word, names: sameFirst.map((u) => u.name) });
    else if (!result.unknown.includes("@" + word)) result.unknown.push("@" + word);
  }
  return result;
}

function fullNameMatches(rest: string, byLength: MentionCandidate[]): MentionCandidate[] {
  const head = lower(rest);
  const found: MentionCandidate[] = [];
  for (const user of byLength) {
    const name = lower(user.name.trim());
    if (!name || (found.length > 0 && name.length < lower(found[0].name.trim()).length)) continue;
    if (!head.startsWith(name)) continue;
    const next = rest[name.length];
    if (next !== undefined && WORD_CHAR.test(next)) continue;
    found.push(user);
  }
  return found;
}

/**
 * The message for a comment whose mentions cannot all be delivered, or null when they can.
 * Given the colleagues, an unknown name comes with the closest names ("Did you mean …?").
 */
export function mentionProblem(parsed: ParsedMentions, users: readonly MentionCandidate[] = []): string | null {
  if (parsed.unknown.length > 0) {
    const list = parsed.unknown.map((t) => t).join(", ");
    const close = suggestNames(parsed.unknown[0], users).map((u) => u.name);
    const hint = close.length > 0 ? ` Did you mean ${orList(close)}?` : "";
    return `No user called ${list}.${hint} Check the spelling, pick a name from the list, or remove the @.`;
  }
  if (parsed.ambiguous.length > 0) {
    const { token, names } = parsed.ambiguous[0];
    return `${token} could be ${names.join(" or ")}. Type the full name or the email address.`;
  }
  return null;
}

/** The `@query` being typed at the caret, for autocomplete; null when the caret is not in one. */
export function activeMentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const upto = text.slice(0, caret);
  const at = upto.lastIndexOf("@");
  if (at === -1 || !startsMention(text, at)) return null;
  const query = upto.slice(at + 1);
  // A name may contain one space ("Ana Lo"); a newline or a second space ends the mention.
  if (/[\n\r@]/.test(query) || /\s\S*\s/.test(query) || query.length > 60) return null;
  return { start: at, query };
}

/** Colleagues whose name or email starts (or a name word starts) with the query. */
export function filterMentionCandidates<T extends MentionCandidate>(users: T[], query: string, limit = 8): T[] {
  const q = lower(query.trim());
  const score = (u: T): number => {
    const name = lower(u.name);
    if (!q) return 1;
    if (name.startsWith(q)) return 3;
    if (name.split(/\s+/).some((w) => w.startsWith(q))) return 2;
    if (u.email && lower(u.email).startsWith(q)) return 1;
    return 0;
  };
  return users
    .map((u) => ({ u, s: score(u) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.u.name.localeCompare(b.u.name))
    .slice(0, limit)
    .map((x) => x.u);
}

/**
 * Replaces the `@query` between `start` and `caret` with a mention of `user`. The full name
 * is used unless another colleague has the same name; then the email, which is unique.
 */
export function insertMention(text: string, start: number, caret: number, user: MentionCandidate, users: MentionCandidate[]): { text: string; caret: number } {
  const sameName = users.filter((u) => lower(u.name.trim()) === lower(user.name.trim())).length > 1;
  const token = "@" + (sameName && user.email ? user.email : user.name.trim()) + " ";
  const after = text.slice(caret).replace(/^ /, "");
  return { text: text.slice(0, start) + token + after, caret: start + token.length };
}
