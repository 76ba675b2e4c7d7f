import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPageActor } from "@/lib/auth/page-actor";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DemoAccounts } from "./demo-accounts";
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
      {demo && <DemoAccounts accounts={DEMO_ACCOUNTS} />}
    </div>
  );
}
