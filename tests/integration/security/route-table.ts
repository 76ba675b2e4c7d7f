import type { Role } from "@/lib/domain/enums";
import type { AnyEndpoint } from "@/lib/http/endpoint";
import { ENDPOINTS, LIBRARY_ENDPOINTS } from "@/lib/http/registry";
import type { MatrixContext } from "./matrix-context";

export interface RouteCall {
  params?: Record<string, string>;
  body?: unknown;
  query?: string;
}

export interface RouteRow {
  /** The least role allowed (from the registry); "public" needs no sign-in; "skip" is served by a library. */
  minRole: Role | "public" | "skip";
  /** Builds the request for one acting role (fresh targets where the call changes them). */
  call?: (ctx: MatrixContext) => Promise<RouteCall> | RouteCall;
  note?: string;
}

const article = (ctx: MatrixContext) => ({ params: { id: ctx.articleId } });
const freshClaim = async (ctx: MatrixContext) => ({ params: { id: (await ctx.freshClaim()).id } });

type CallRow = Omit<RouteRow, "minRole">;

/**
 * How to call each endpoint for the matrix: a valid request per acting role (fresh targets
 * where the call consumes them). The least role comes from the endpoint registry
 * (lib/http/registry.ts), not from here: an endpoint without a row below is still in the
 * matrix, called with placeholder ids and no body.
 */
const CALLS: Record<string, CallRow> = {
  "GET /api/auth/[...nextauth]": { note: "next-auth's own handler" },
  "POST /api/auth/[...nextauth]": { note: "next-auth's own handler" },

  "GET /api/articles": {},
  "POST /api/articles": { call: () => ({ body: { title: "Matrix article", body: "One sentence." } }) },
  "POST /api/articles/import": { call: (ctx) => ({ body: ctx.exportJson }) },
  "GET /api/articles/[id]": { call: article },
  "GET /api/articles/[id]/activity": { call: article },
  "POST /api/articles/[id]/claims": { call: (ctx) => ({ ...article(ctx), body: { exact: "Russia denies the meddling charge." } }) },
  "GET /api/articles/[id]/dashboard": { call: article },
  "GET /api/articles/[id]/events": { call: (ctx) => ({ ...article(ctx), query: "after=0" }), note: "SSE stream" },
  "GET /api/articles/[id]/export": { call: (ctx) => ({ ...article(ctx), query: "format=csv" }) },
  "GET /api/articles/[id]/presence": { call: article },
  "POST /api/articles/[id]/presence": { call: (ctx) => ({ ...article(ctx), body: { editingClaimId: null, clientId: "matrix" } }) },
  "DELETE /api/articles/[id]/presence": { call: (ctx) => ({ ...article(ctx), query: "clientId=matrix" }) },
  "GET /api/articles/[id]/revisions": { call: article },
  "POST /api/articles/[id]/revisions": {
    call: async (ctx) => ({ ...article(ctx), body: { version: await ctx.articleVersion(), body: ctx.articleText + "\nA new closing line.", note: "matrix" } }),
  },
  "GET /api/articles/[id]/revisions/[n]": { call: (ctx) => ({ params: { id: ctx.articleId, n: "1" } }) },
  "GET /api/articles/[id]/revisions/diff": { call: (ctx) => ({ ...article(ctx), query: "from=1&to=1" }) },
  "GET /api/articles/[id]/sources": { call: article },
  "GET /api/articles/[id]/suggestions": { call: article },
  "GET /api/articles/[id]/publication": { call: article },
  "POST /api/articles/[id]/publication": { call: (ctx) => ({ ...article(ctx), body: { correctionNote: "Matrix republish" } }) },
  "POST /api/articles/[id]/publication/pause": { call: (ctx) => ({ ...article(ctx), body: { note: "Paused by the matrix" } }), note: "404/409 when not live: still past the role check" },
  "GET /api/oembed": { call: () => ({ query: "url=http%3A%2F%2Flocalhost%2Ffact-checks%2Fnone" }) },
  "GET /api/settings/rating-scale": {},
  "PUT /api/settings/rating-scale": { call: () => ({ body: { scale: { best: 5, worst: 1, labels: [{ key: "verified", label: "Verified", letter: "V", color: "#15803d", description: "", value: 5 }, { key: "disputed", label: "Disputed", letter: "D", color: "#b45309", description: "", value: 3 }, { key: "misleading", label: "Misleading", letter: "M", color: "#9333ea", description: "", value: 2 }, { key: "false", label: "False", letter: "F", color: "#dc2626", description: "", value: 1 }, { key: "unverifiable", label: "Unverifiable", letter: "U", color: "#2563eb", description: "", value: null }] } } }) },
  "POST /api/articles/[id]/suggestions/dismiss": { call: (ctx) => ({ ...article(ctx), body: { key: "cw-1234abcd" } }) },
  "POST /api/articles/[id]/suggestions/restore": { call: (ctx) => ({ ...article(ctx), body: { key: "cw-1234abcd" } }) },

  "GET /api/claims/[id]": { call: (ctx) => ({ params: { id: ctx.claimId } }) },
  "PATCH /api/claims/[id]": { call: async (ctx) => { const c = await ctx.freshClaim(); return { params: { id: c.id }, body: { version: c.version, rationale: "Matrix" } }; } },
  "DELETE /api/claims/[id]": { call: freshClaim },
  "POST /api/claims/[id]/accept-wording": { call: async (ctx) => { const c = await ctx.freshClaim(); return { params: { id: c.id }, body: { version: c.version } }; } },
  "POST /api/claims/[id]/restore": { call: async (ctx) => ({ params: { id: (await ctx.freshClaim({ deleted: true })).id } }) },
  "GET /api/claims/[id]/comments": { call: (ctx) => ({ params: { id: ctx.claimId } }) },
  "POST /api/claims/[id]/comments": { call: (ctx) => ({ params: { id: ctx.claimId }, body: { body: "Matrix comment" } }) },
  "POST /api/claims/[id]/copy-from": {
    call: async (ctx) => { const c = await ctx.freshClaim(); return { params: { id: c.id }, body: { fromClaimId: ctx.otherArticleClaimId, version: c.version } }; },
  },
  "GET /api/claims/[id]/history": { call: (ctx) => ({ params: { id: ctx.claimId } }) },
  "POST /api/claims/[id]/revert": {
    call: async (ctx) => { const { claim, eventId } = await ctx.freshClaimWithVerdictChange(); return { params: { id: claim.id }, body: { eventId, field: "verdict", version: claim.version } }; },
  },
  "POST /api/claims/[id]/review": { call: async (ctx) => { const c = await ctx.freshClaim(); return { params: { id: c.id }, body: { action: "submit", version: c.version } }; } },
  "GET /api/claims/[id]/similar": { call: (ctx) => ({ params: { id: ctx.claimId } }) },
  "POST /api/claims/[id]/sources": { call: async (ctx) => ({ params: { id: (await ctx.freshClaim()).id }, body: { url: "https://example.org/matrix", title: "Matrix", stance: "context" } }) },
  "DELETE /api/claims/[id]/sources/[sourceId]": { call: async (ctx) => { const { claim, sourceId } = await ctx.freshClaimWithSource(); return { params: { id: claim.id, sourceId } }; } },
  "POST /api/claims/bulk": { call: async (ctx) => ({ body: { action: "submit", claimIds: [(await ctx.freshClaim()).id] } }) },

  "PATCH /api/comments/[id]": { call: async (ctx) => ({ params: { id: await ctx.ownComment() }, body: { body: "Edited by the matrix" } }), note: "own comment" },
  "DELETE /api/comments/[id]": { call: async (ctx) => ({ params: { id: await ctx.ownComment() } }), note: "own comment" },
  "POST /api/comments/[id]/resolve": { call: async (ctx) => ({ params: { id: await ctx.ownComment() }, body: { resolved: true } }) },

  "POST /api/web/article-preview": { call: () => ({ body: { url: "http://127.0.0.1:9/matrix" } }), note: "refused as a private address (422), no network" },
  "POST /api/web/describe": { call: () => ({ body: { url: "http://127.0.0.1:9/matrix" } }), note: "refused as a private address (422), no network" },
  "GET /api/sources/[id]/archives": { call: async (ctx) => ({ params: { id: (await ctx.archivedSource()).sourceId } }) },
  "POST /api/sources/[id]/archives": { call: async (ctx) => ({ params: { id: (await ctx.archivedSource()).sourceId } }), note: "private address: 422, no network" },
  "GET /api/archives/[id]": { call: async (ctx) => ({ params: { id: (await ctx.archivedSource()).archiveId } }) },
  "GET /api/archives/[id]/raw": { call: async (ctx) => ({ params: { id: (await ctx.archivedSource()).archiveId } }) },

  "GET /api/mentions": {},
  "POST /api/mentions/[id]/read": { call: async (ctx) => ({ params: { id: await ctx.ownMention() } }), note: "own mention" },
  "GET /api/notifications": {},
  "POST /api/notifications/read": { call: () => ({ body: { all: true } }), note: "own inbox" },
  "PUT /api/notifications/settings": { call: () => ({ body: { muted: [] } }), note: "own settings" },
  "GET /api/notifications/stream": { note: "SSE stream" },
  "GET /api/review": {},
  "GET /api/search": { call: () => ({ query: "q=Putin" }) },
  "POST /api/markdown/preview": { call: () => ({ body: { markdown: "**Matrix** [link](https://example.org)" } }) },
  "GET /api/settings": {},
  "PATCH /api/settings": { call: () => ({ body: { organisationName: "Matrix Newsroom" } }) },
  "GET /api/tokens": {},
  "POST /api/tokens": { call: () => ({ body: { name: "matrix" } }) },
  "DELETE /api/tokens/[id]": { call: async (ctx) => ({ params: { id: await ctx.ownToken() } }), note: "own token" },
  "GET /api/users": { note: "full list (admins); ?directory=1 is for everyone" },
  "POST /api/users": { call: () => ({ body: { email: `matrix-${Math.random().toString(36).slice(2)}@example.org`, name: "Matrix", role: "viewer" } }) },
  "PATCH /api/users/[id]": { call: (ctx) => ({ params: { id: ctx.spareUserId }, body: { name: "Spare User" } }) },

  "GET /fact-checks/[slug]": { call: () => ({ params: { slug: "matrix-none" } }), note: "public page (404 for an unknown slug)" },
  "GET /embed/fact-checks/[slug]": { call: () => ({ params: { slug: "matrix-none" } }) },
  "GET /embed/fact-checks/[slug]/[claim]": { call: () => ({ params: { slug: "matrix-none", claim: "1" } }) },
};

/** "/api/claims/{id}" → "/api/claims/[id]", the key the route files are found by. */
export function routeKey(ep: Pick<AnyEndpoint, "method" | "path">): string {
  return `${ep.method} ${ep.path.replace(/\{([^}]+)\}/g, "[$1]")}`;
}

/**
 * Every endpoint and method with the least role that may call it, straight from the registry
 * (a stricter role the use case asks for the request sent here, e.g. the full user list).
 */
export const ROUTE_TABLE: Record<string, RouteRow> = Object.fromEntries([
  ...ENDPOINTS.map((ep) => [routeKey(ep), { minRole: ep.stricter?.role ?? ep.minRole, ...CALLS[routeKey(ep)] }]),
  ...LIBRARY_ENDPOINTS.map((ep) => [routeKey(ep), { minRole: "skip", ...CALLS[routeKey(ep)] }]),
]);

/** Rows of CALLS naming no endpoint (a renamed or removed route). */
export const STALE_CALLS = Object.keys(CALLS).filter((k) => !(k in ROUTE_TABLE));
