/**
 * The address readers reach public pages at: the profile's public address, else
 * NEXTAUTH_URL (the address this Factdesk is served at), without a trailing slash.
 */
export function publicBaseUrl(settings: { publicBaseUrl: string | null }): string {
  const base = settings.publicBaseUrl || process.env.NEXTAUTH_URL || "http://localhost:3000";
  return base.replace(/\/+$/, "");
}

export function factCheckPath(slug: string): string {
  return `/fact-checks/${encodeURIComponent(slug)}`;
}

export function claimAnchor(number: number): string {
  return `claim-${number}`;
}
