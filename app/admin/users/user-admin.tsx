"use client";
import { useState } from "react";
import { ROLES, type Role } from "@/lib/domain/enums";
import type { PublicUser } from "@/lib/contracts/users";
import { api } from "../../_components/api-client";
import { Field } from "../../_components/field";

export function UserAdmin({ initialUsers, currentUserId }: { initialUsers: PublicUser[]; currentUserId: string }) {
  const [users, setUsers] = useState(initialUsers);
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function update(user: PublicUser, change: { role?: Role; active?: boolean }) {
    setMessage(null);
    const result = await api<{ user: PublicUser }>(`/api/users/${user.id}`, { method: "PATCH", body: change });
    if (!result.ok) {
      setMessage({ kind: "error", text: result.error.message });
      return;
    }
    setUsers((list) => list.map((u) => (u.id === user.id ? result.data.user : u)));
    setMessage({ kind: "info", text: `${user.name}: saved.` });
  }

  async function onCreate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    setErrors({});
    setMessage(null);
    const password = String(form.get("password") ?? "");
    const result = await api<{ user: PublicUser; generatedPassword?: string }>("/api/users", {
      method: "POST",
      body: { email: form.get("email"), name: form.get("name"), role: form.get("role"), ...(password ? { password } : {}) },
    });
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      setMessage({ kind: "error", text: result.error.message });
      return;
    }
    setUsers((list) => [...list, result.data.user]);
    formEl.reset();
    setMessage({
      kind: "info",
      text: result.data.generatedPassword
        ? `Created ${result.data.user.email}. Their password is ${result.data.generatedPassword} — copy it now, it will not be shown again.`
        : `Created ${result.data.user.email}.`,
    });
  }

  return (
    <div className="space-y-6">
      {message && (
        <div role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "alert-error" : "alert-info"} data-testid="admin-message">
          {message.text}
        </div>
      )}
      {/* On a phone the table scrolls inside its card, not the page ("relative" keeps its screen-reader-only text inside too). */}
      <div className="card relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Users</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">Name</th>
            <th className="px-3 py-2 font-medium">Email</th>
            <th className="px-3 py-2 font-medium">Role</th>
            <th className="px-3 py-2 font-medium">Status</th>
            <th className="px-3 py-2 font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-t border-slate-100" data-testid={`user-row-${u.email}`}>
              <td className="px-3 py-2">{u.name}{u.id === currentUserId && <span className="text-slate-500"> (you)</span>}</td>
              <td className="px-3 py-2">{u.email}</td>
              <td className="px-3 py-2">
                <label className="sr-only" htmlFor={`role-${u.id}`}>Role of {u.name}</label>
                <select id={`role-${u.id}`} className="input w-auto" value={u.role} onChange={(e) => void update(u, { role: e.target.value as Role })}>
                  {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
                </select>
              </td>
              <td className="px-3 py-2">{u.active ? "Active" : <span className="text-red-700">Deactivated</span>}</td>
              <td className="px-3 py-2 text-right">
                <button
                  type="button"
                  className={u.active ? "btn btn-sm btn-danger" : "btn btn-sm"}
                  onClick={() => void update(u, { active: !u.active })}
                  disabled={u.id === currentUserId && u.active}
                  aria-describedby={u.id === currentUserId ? "self-deactivate-why" : undefined}
                >
                  {u.active ? "Deactivate" : "Reactivate"}
                </button>
                {u.id === currentUserId && (
                  // The server refuses it too: an admin who locks themselves out may leave nobody to undo it.
                  <p id="self-deactivate-why" className="mt-1 text-xs text-slate-700">You cannot deactivate your own account; ask another admin.</p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>

      <form onSubmit={onCreate} className="card space-y-4 p-5" noValidate aria-labelledby="new-user-heading">
        <h2 id="new-user-heading" className="text-lg font-semibold">Add a user</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="name" label="Name" required error={errors.name} />
          <Field id="email" label="Email" type="email" required error={errors.email} />
          <div>
            <label htmlFor="role" className="label">Role</label>
            <select id="role" name="role" className="input" defaultValue="editor">
              {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
            </select>
          </div>
          <Field id="password" label="Password (leave empty to generate one)" type="password" autoComplete="new-password" error={errors.password} />
        </div>
        <div className="flex justify-end"><button type="submit" className="btn btn-primary">Add user</button></div>
      </form>
    </div>
  );
}
