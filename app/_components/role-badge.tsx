import type { Role } from "@/lib/domain/enums";

const STYLE: Record<Role, string> = {
  viewer: "bg-slate-100 text-slate-700",
  editor: "bg-blue-100 text-blue-800",
  reviewer: "bg-amber-100 text-amber-900",
  admin: "bg-rose-100 text-rose-800",
};

export function RoleBadge({ role }: { role: Role }) {
  return (
    <span data-testid="current-role" className={`rounded-full px-2 py-0.5 text-xs font-medium capitalize ${STYLE[role]}`}>
      {role}
    </span>
  );
}
