"use client";
import type { PresenceUser } from "@/lib/realtime/presence";

const COLOURS = ["#1d4ed8", "#047857", "#b45309", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a21caf"];

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = [...words[0]][0] ?? "";
  const last = words.length > 1 ? [...words[words.length - 1]][0] ?? "" : [...words[0]][1] ?? "";
  return (first + last).toUpperCase();
}

function colourFor(id: string): string {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return COLOURS[Math.abs(hash) % COLOURS.length];
}

/**
 * Who else has the article open: initials in a coloured circle (white text, contrast ≥ 4.5:1),
 * the full name and what they are doing in the tooltip and for screen readers. The current
 * user is listed last and marked "(you)". `claimLabel` turns a claim id into words, e.g.
 * the claim's quote, for "editing “…”".
 */
export function PresenceAvatars(props: { users: PresenceUser[]; currentUserId?: string | null; max?: number; claimLabel?: (claimId: string) => string | null; hideSelf?: boolean }) {
  const { currentUserId, max = 5, claimLabel, hideSelf = false } = props;
  const users = [...props.users]
    .filter((u) => !(hideSelf && u.id === currentUserId))
    .sort((a, b) => Number(a.id === currentUserId) - Number(b.id === currentUserId));
  if (users.length === 0) return null;
  const shown = users.slice(0, max);
  const hidden = users.slice(max);
  const describe = (u: PresenceUser) => {
    const you = u.id === currentUserId ? " (you)" : "";
    const label = u.editingClaimId ? claimLabel?.(u.editingClaimId) : null;
    const doing = u.editingClaimId ? (label ? `, editing ${label}` : ", editing a claim") : "";
    return `${u.name}${you}${doing}`;
  };
  return (
    <div className="flex items-center gap-2" data-testid="presence">
      <span className="sr-only">On this article:</span>
      <ul className="flex gap-1" aria-label={`${users.length} ${users.length === 1 ? "person" : "people"} on this article`}>
        {shown.map((u) => (
          <li
            key={u.id}
            title={describe(u)}
            aria-label={describe(u)}
            className={`relative inline-flex h-7 w-7 items-center justify-center rounded-full text-[11px] font-semibold text-white ring-2 ${u.id === currentUserId ? "ring-slate-300" : "ring-white"}`}
            style={{ backgroundColor: colourFor(u.id) }}
          >
            <span aria-hidden>{initials(u.name)}</span>
            {u.editingClaimId && <span aria-hidden className="absolute -bottom-0.5 -right-0.5 h-2.5 w-2.5 rounded-full border-2 border-white bg-amber-400" />}
          </li>
        ))}
        {hidden.length > 0 && (
          <li
            title={hidden.map(describe).join("\n")}
            aria-label={`and ${hidden.length} more: ${hidden.map(describe).join("; ")}`}
            className="inline-flex h-7 min-w-7 items-center justify-center rounded-full bg-slate-600 px-1 text-[11px] font-semibold text-white ring-2 ring-white"
          >
            <span aria-hidden>+{hidden.length}</span>
          </li>
        )}
      </ul>
    </div>
  );
}
