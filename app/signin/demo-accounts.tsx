"use client";
import type { Role } from "@/lib/domain/enums";

/** Demo mode's accounts; choosing one fills the sign-in form (the person still presses Sign in). */
export function DemoAccounts({ accounts }: { accounts: { email: string; password: string; role: Role; name: string }[] }) {
  function fill(email: string, password: string) {
    const emailInput = document.getElementById("email") as HTMLInputElement | null;
    const passwordInput = document.getElementById("password") as HTMLInputElement | null;
    if (!emailInput || !passwordInput) return;
    emailInput.value = email;
    passwordInput.value = password;
    passwordInput.focus();
  }
  return (
    <section aria-labelledby="demo-accounts" className="card mt-8 p-4">
      <h2 id="demo-accounts" className="mb-1 text-sm font-semibold">Demo accounts</h2>
      <p className="mb-2 text-xs text-slate-600">Choose one to fill the form.</p>
      <ul className="divide-y divide-slate-100 text-sm">
        {accounts.map((a) => (
          <li key={a.email}>
            <button type="button" className="flex w-full flex-wrap items-baseline gap-x-3 px-1 py-1.5 text-left hover:bg-slate-50" onClick={() => fill(a.email, a.password)}>
              <span className="w-16 font-medium capitalize">{a.role}</span>
              <code className="break-all">{a.email}</code>
              <span className="text-xs text-slate-600">password <code>{a.password}</code></span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
