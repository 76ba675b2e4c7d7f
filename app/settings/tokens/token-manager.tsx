"use client";
import { useState } from "react";
import type { ApiTokenView } from "@/lib/contracts/users";
import { api } from "../../_components/api-client";

export function TokenManager({ initialTokens }: { initialTokens: ApiTokenView[] }) {
  const [tokens, setTokens] = useState(initialTokens);
  const [name, setName] = useState("");
  const [scope, setScope] = useState<"full" | "read">("full");
  const [expiry, setExpiry] = useState("90");
  const [fresh, setFresh] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function create(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    const expiresInDays = expiry === "never" ? null : Number(expiry);
    const result = await api<{ token: string; view: ApiTokenView }>("/api/tokens", { method: "POST", body: { name, scope, expiresInDays } });
    if (!result.ok) return setError(result.error.message);
    setTokens((t) => [result.data.view, ...t]);
    setFresh(result.data.token);
    setName("");
  }

  async function revoke(token: ApiTokenView) {
    const result = await api<{ token: ApiTokenView }>(`/api/tokens/${token.id}`, { method: "DELETE" });
    if (!result.ok) return setError(result.error.message);
    setTokens((list) => list.map((t) => (t.id === token.id ? result.data.token : t)));
  }

  return (
    <div className="space-y-4">
      {error && <div role="alert" className="alert-error">{error}</div>}
      {fresh && (
        <div role="status" className="alert-info">
          <p className="mb-1 font-medium">Copy your new token now. It will not be shown again.</p>
          <code data-testid="new-token" className="block break-all rounded bg-white px-2 py-1">{fresh}</code>
        </div>
      )}
      <form onSubmit={create} className="flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <label htmlFor="token-name" className="label">Token name</label>
          <input id="token-name" className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. CMS import script" />
        </div>
        <div>
          <label htmlFor="token-scope" className="label">Access</label>
          <select id="token-scope" className="input" value={scope} onChange={(e) => setScope(e.target.value === "read" ? "read" : "full")}>
            <option value="full">Full (as your role)</option>
            <option value="read">Read only</option>
          </select>
        </div>
        <div>
          <label htmlFor="token-expiry" className="label">Expires</label>
          <select id="token-expiry" className="input" value={expiry} onChange={(e) => setExpiry(e.target.value)}>
            <option value="7">in 7 days</option>
            <option value="30">in 30 days</option>
            <option value="90">in 90 days</option>
            <option value="366">in a year</option>
            <option value="never">never</option>
          </select>
        </div>
        <button type="submit" className="btn btn-primary">Create token</button>
      </form>
      <ul className="card divide-y divide-slate-100" aria-label="Your tokens">
        {tokens.length === 0 && <li className="px-4 py-3 text-sm text-slate-600">No tokens yet.</li>}
        {tokens.map((t) => (
          <li key={t.id} className="flex items-center gap-3 px-4 py-2 text-sm">
            <span className="font-medium">{t.name}</span>
            <code className="text-slate-500">{t.prefix}…</code>
            <span className="rounded-full border border-slate-300 px-2 py-0.5 text-xs text-slate-700" data-testid="token-scope">{t.scope === "read" ? "Read only" : "Full access"}</span>
            <span className="text-slate-500">created {new Date(t.createdAt).toLocaleDateString()}</span>
            <TokenExpiry expiresAt={t.expiresAt} />
            {t.revokedAt ? (
              <span className="ml-auto text-red-700">Revoked</span>
            ) : (
              <button type="button" className="btn btn-sm btn-danger ml-auto" onClick={() => void revoke(t)}>Revoke</button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function TokenExpiry({ expiresAt }: { expiresAt: string | null }) {
  if (!expiresAt) return <span className="text-slate-500">never expires</span>;
  const date = new Date(expiresAt);
  const expired = date.getTime() <= Date.now();
  return <span className={expired ? "text-red-700" : "text-slate-500"}>{expired ? "expired" : "expires"} {date.toLocaleDateString()}</span>;
}
