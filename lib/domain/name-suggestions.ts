import search from "approx-string-match";

/**
 * "Did you mean" for a name typed by hand (an @mention) that names nobody: the colleagues
 * whose name, a word of it, or email is closest to it. Closeness is the number of typing
 * errors (insertions, deletions, substitutions: approx-string-match, which the anchoring
 * matcher uses too) for the typed text to appear in the name; a match that does not start
 * the name or word costs a little more. Allows about one error per three letters typed.
 */
export interface NamedUser {
  id: string;
  name: string;
  email?: string;
}

const lower = (s: string) => s.toLocaleLowerCase("en").normalize("NFKD").replace(/\p{M}/gu, "");

function forms(user: NamedUser): string[] {
  const name = lower(user.name.trim());
  const words = name.split(/\s+/).filter(Boolean);
  const local = user.email ? lower(user.email.split("@")[0] ?? "") : "";
  return [name, ...words, ...(local ? [local] : [])];
}

/** The typing distance from `typed` to the closest form of `user`'s name, or null when too far. */
export function nameDistance(typed: string, user: NamedUser): number | null {
  const q = lower(typed.trim().replace(/^@/, ""));
  if (q.length < 2) return null;
  const maxErrors = q.length < 3 ? 0 : Math.max(1, Math.floor(q.length / 3));
  let best: number | null = null;
  for (const form of forms(user)) {
    for (const m of search(form, q, maxErrors)) {
      // Letters of the form left over on either side also count, but less than a typo.
      const leftover = m.start + (form.length - m.end);
      const score = m.errors + (m.start > 0 ? 0.5 : 0) + Math.min(leftover, 6) * 0.05;
      if (best === null || score < best) best = score;
    }
  }
  return best;
}

/** Up to `limit` users whose names are closest to `typed`, closest first. */
export function suggestNames<T extends NamedUser>(typed: string, users: readonly T[], limit = 3): T[] {
  return users
    .map((user) => ({ user, distance: nameDistance(typed, user) }))
    .filter((x): x is { user: T; distance: number } => x.distance !== null)
    .sort((a, b) => a.distance - b.distance || a.user.name.localeCompare(b.user.name))
    .slice(0, limit)
    .map((x) => x.user);
}

/** "Rui Reviewer", "Rui Reviewer or Ana Lopes", "A, B or C". */
export function orList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}
