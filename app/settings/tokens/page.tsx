import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page-actor";
import { listApiTokens } from "@/lib/server/list-api-tokens";
import { TokenManager } from "./token-manager";

export const metadata: Metadata = { title: "API tokens" };
export const dynamic = "force-dynamic";

export default async function TokensPage() {
  const actor = await requirePageActor("/settings/tokens");
  const tokens = await listApiTokens(actor);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-1 text-2xl font-semibold">Your account</h1>
      <p className="mb-6 text-slate-600">{actor.name} · {actor.email} · {actor.role}</p>
      <h2 className="mb-2 text-lg font-semibold">Personal API tokens</h2>
      <p className="mb-4 text-sm text-slate-600">
        A token lets scripts use the Factdesk API as you, with your role, or read only if you choose so. Expired and
        revoked tokens stop working at once. Send it as <code>Authorization: Bearer &lt;token&gt;</code>.
        The API is described at <a className="underline" href="/api/openapi.json">/api/openapi.json</a>.
      </p>
      <TokenManager initialTokens={tokens} />
    </div>
  );
}
