import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/domain/actor";
import { resolveActor } from "./actor";

/** The signed-in user for a server component, or null. */
export async function getPageActor(): Promise<Actor | null> {
  const [h, c] = await Promise.all([headers(), cookies()]);
  try {
    return await resolveActor({ headers: new Headers({ cookie: h.get("cookie") ?? "" }), cookie: (n) => c.get(n)?.value });
  } catch {
    return null;
  }
}

/** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getPageActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
