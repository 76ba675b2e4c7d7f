import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPageActor } from "@/lib/auth/page-actor";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

function safeCallback(url: string | undefined): string {
  // Only same-site paths: an absolute URL here would be an open redirect.
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/articles";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getPageActor()) redirect(callbackUrl);
  const demo = process.env.FACTDESK_DEMO === "1";
  return (
    <div className="mx-auto mt-10 max-w-md">
      <h1 className="mb-1 text-2xl font-semibold">Sign in to Factdesk</h1>
      <p className="mb-6 text-sm text-slate-600">The fact-check workbench for your newsroom.</p>
      <SignInForm callbackUrl={callbackUrl} />
      {demo && (
        <section aria-labelledby="demo-accounts" className="card mt-8 p-4">
          <h2 id="demo-accounts" className="mb-2 text-sm font-semibold">Demo accounts</h2>
          <table className="w-full text-left text-sm">
            <thead><tr className="text-slate-500"><th className="py-1 font-medium">Role</th><th className="font-medium">Email</th><th className="font-medium">Password</th></tr></thead>
            <tbody>
              {DEMO_ACCOUNTS.map((a) => (
                <tr key={a.email} className="border-t border-slate-100">
                  <td className="py-1 capitalize">{a.role}</td>
                  <td><code>{a.email}</code></td>
                  <td><code>{a.password}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
