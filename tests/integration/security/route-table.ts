import type { Role } from "@/lib/domain/enums";
import type { MatrixContext } from "./matrix-context";

export interface RouteCall {
  params?: Record<string, string>;
  body?: unknown;
  query?: string;
}

export interface RouteRow {
  /** The least role allowed; "public" needs no sign-in; "skip" is served by a library. */
  minRole: Role | "public" | "skip";
  /** Builds the request for one acting role (fresh targets where the call changes them). */
  call?: (ctx: MatrixContext) => Promise<RouteCall> | RouteCall;
  note?: string;
}

const article = (ctx: MatrixContext) => ({ params: { id: ctx.articleId } });
const freshClaim = async (ctx: MatrixContext) => ({ params: { id: (await ctx.freshClaim()).id } });

/**
 * Every API route and method with the least role that may call it. The matrix test walks
 * app/api itself: a route file or method without a row here fails the suite.
 */
export const ROUTE_TABLE: Record<string, RouteRow> = {
  "GET /api/auth/[...nextauth]": { minRole: "skip", note: "next-auth's own handler" },
  "POST /api/auth/[...nextauth]": { minRole: "skip", note: "next-auth's own handler" },
  "GET /api/openapi.json": { minRole: "public" },

  "GET /api/articles": { minRole: "viewer" },
  "POST /api/articles": { minRole: "editor", call: () => ({ body: { title: "Matrix article", body: "One sentence." } }) },
  "POST /api/articles/import": { minRole: "editor", call: (ctx) => ({ body: ctx.exportJson }) },
  "GET /api/articles/[id]": { minRole: "viewer", call: article },
  "GET /api/articles/[id]/activity": { minRole: "viewer", call: article },
  "POST /api/articles/[id]/claims": { minRole: "editor", call: (ctx) => ({ ...article(ctx), body: { exact: "Russia denies the meddling charge." } }) },
  "GET /api/articles/[id]/dashboard": { minRole: "viewer", call: article },
  "GET /api/articles/[id]/events": { minRole: "viewer", call: (ctx) => ({ ...article(ctx), query: "after=0" }), note: "SSE stream" },
  "GET /api/articles/[id]/export": { minRole: "viewer", call: (ctx) => ({ ...article(ctx), query: "format=csv" }) },
  "GET /api/articles/[id]/presence": { minRole: "viewer", call: article },
  "POST /api/articles/[id]/presence": { minRole: "viewer", call: (ctx) => ({ ...article(ctx), body: { editingClaimId: null, clientId: "matrix" } }) },
  "DELETE /api/articles/[id]/presence": { minRole: "viewer", call: (ctx) => ({ ...article(ctx), query: "clientId=matrix" }) },
  "GET /api/articles/[id]/revisions": { minRole: "viewer", call: article },
  "POST /api/articles/[id]/revisions": {
    minRole: "editor",
    call: async (ctx) => ({ ...article(ctx), body: { version: await ctx.articleVersion(), body: ctx.articleText + "\nA new closing line.", note: "matrix" } }),
  },
  "GET /api/articles/[id]/revisions/[n]": { minRole: "viewer", call: (ctx) => ({ params: { id: ctx.articleId, n: "1" } }) },
  "GET /api/articles/[id]/revisions/diff": { minRole: "viewer", call: (ctx) => ({ ...article(ctx), query: "from=1&to=1" }) },
  "GET /api/articles/[id]/sources": { minRole: "viewer", call: article },
  "GET /api/articles/[id]/suggestions": { minRole: "viewer", call: article },
  "GET /api/articles/[id]/publication": { minRole: "viewer", call: article },
  "POST /api/articles/[id]/publication": { minRole: "reviewer", call: (ctx) => ({ ...article(ctx), body: { correctionNote: "Matrix republish" } }) },
  "POST /api/articles/[id]/publication/pause": { minRole: "reviewer", call: (ctx) => ({ ...article(ctx), body: { note: "Paused by the matrix" } }), note: "404/409 when not live: still past the role check" },
  "GET /api/oembed": { minRole: "public", call: () => ({ query: "url=http%3A%2F%2Flocalhost%2Ffact-checks%2Fnone" }) },
  "GET /api/settings/rating-scale": { minRole: "viewer" },
  "PUT /api/settings/rating-scale": { minRole: "admin", call: () => ({ body: { scale: { best: 5, worst: 1, labels: [{ key: "verified", label: "Verified", letter: "V", color: "#15803d", description: "", value: 5 }, { key: "disputed", label: "Disputed", letter: "D", color: "#b45309", description: "", value: 3 }, { key: "misleading", label: "Misleading", letter: "M", color: "#9333ea", description: "", value: 2 }, { key: "false", label: "False", letter: "F", color: "#dc2626", description: "", value: 1 }, { key: "unverifiable", label: "Unverifiable", letter: "U", color: "#2563eb", description: "", value: null }] } } }) },
  "POST /api/articles/[id]/suggestions/dismiss": { minRole: "editor", call: (ctx) => ({ ...article(ctx), body: { key: "cw-1234abcd" } }) },

  "GET /api/claims/[id]": { minRole: "viewer", call: (ctx) => ({ params: { id: ctx.claimId } }) },
  "PATCH /api/claims/[id]": { minRole: "editor", call: async (ctx) => { const c = await ctx.freshClaim(); return { params: { id: c.id }, body: { version: c.version, rationale: "Matrix" } }; } },
  "DELETE /api/claims/[id]": { minRole: "editor", call: freshClaim },
  "POST /api/claims/[id]/restore": { minRole: "editor", call: async (ctx) => ({ params: { id: (await ctx.freshClaim({ deleted: true })).id } }) },
  "GET /api/claims/[id]/comments": { minRole: "viewer", call: (ctx) => ({ params: { id: ctx.claimId } }) },
  "POST /api/claims/[id]/comments": { minRole: "editor", call: (ctx) => ({ params: { id: ctx.claimId }, body: { body: "Matrix comment" } }) },
  "POST /api/claims/[id]/copy-from": {
    minRole: "editor",
    call: async (ctx) => { const c = await ctx.freshClaim(); return { params: { id: c.id }, body: { fromClaimId: ctx.otherArticleClaimId, version: c.version } }; },
  },
  "GET /api/claims/[id]/history": { minRole: "viewer", call: (ctx) => ({ params: { id: ctx.claimId } }) },
  "POST /api/claims/[id]/revert": {
    minRole: "editor",
    call: async (ctx) => { const { claim, eventId } = await ctx.freshClaimWithVerdictChange(); return { params: { id: claim.id }, body: { eventId, field: "verdict", version: claim.version } }; },
  },
  "POST /api/claims/[id]/review": { minRole: "editor", call: async (ctx) => { const c = await ctx.freshClaim(); return { params: { id: c.id }, body: { action: "submit", version: c.version } }; } },
  "GET /api/claims/[id]/similar": { minRole: "viewer", call: (ctx) => ({ params: { id: ctx.claimId } }) },
  "POST /api/claims/[id]/sources": { minRole: "editor", call: async (ctx) => ({ params: { id: (await ctx.freshClaim()).id }, body: { url: "https://example.org/matrix", title: "Matrix", stance: "context" } }) },
  "DELETE /api/claims/[id]/sources/[sourceId]": { minRole: "editor", call: async (ctx) => { const { claim, sourceId } = await ctx.freshClaimWithSource(); return { params: { id: claim.id, sourceId } }; } },
  "POST /api/claims/bulk": { minRole: "editor", call: async (ctx) => ({ body: { action: "submit", claimIds: [(await ctx.freshClaim()).id] } }) },

  "PATCH /api/comments/[id]": { minRole: "editor", call: async (ctx) => ({ params: { id: await ctx.ownComment() }, body: { body: "Edited by the matrix" } }), note: "own comment" },
  "DELETE /api/comments/[id]": { minRole: "editor", call: async (ctx) => ({ params: { id: await ctx.ownComment() } }), note: "own comment" },
  "POST /api/comments/[id]/resolve": { minRole: "editor", call: async (ctx) => ({ params: { id: await ctx.ownComment() }, body: { resolved: true } }) },

  "POST /api/web/article-preview": { minRole: "editor", call: () => ({ body: { url: "http://127.0.0.1:9/matrix" } }), note: "refused as a private address (422), no network" },
  "POST /api/web/describe": { minRole: "editor", call: () => ({ body: { url: "http://127.0.0.1:9/matrix" } }), note: "refused as a private address (422), no network" },
  "GET /api/sources/[id]/archives": { minRole: "viewer", call: async (ctx) => ({ params: { id: (await ctx.archivedSource()).sourceId } }) },
  "POST /api/sources/[id]/archives": { minRole: "editor", call: async (ctx) => ({ params: { id: (await ctx.archivedSource()).sourceId } }), note: "private address: 422, no network" },
  "GET /api/archives/[id]": { minRole: "viewer", call: async (ctx) => ({ params: { id: (await ctx.archivedSource()).archiveId } }) },
  "GET /api/archives/[id]/raw": { minRole: "viewer", call: async (ctx) => ({ params: { id: (await ctx.archivedSource()).archiveId } }) },

  "GET /api/mentions": { minRole: "viewer" },
  "POST /api/mentions/[id]/read": { minRole: "viewer", call: async (ctx) => ({ params: { id: await ctx.ownMention() } }), note: "own mention" },
  "GET /api/notifications": { minRole: "viewer" },
  "POST /api/notifications/read": { minRole: "viewer", call: () => ({ body: { all: true } }), note: "own inbox" },
  "PUT /api/notifications/settings": { minRole: "viewer", call: () => ({ body: { muted: [] } }), note: "own settings" },
  "GET /api/notifications/stream": { minRole: "viewer", note: "SSE stream" },
  "GET /api/review": { minRole: "viewer" },
  "GET /api/search": { minRole: "viewer", call: () => ({ query: "q=Putin" }) },
  "POST /api/markdown/preview": { minRole: "viewer", call: () => ({ body: { markdown: "**Matrix** [link](https://example.org)" } }) },
  "GET /api/settings": { minRole: "admin" },
  "PATCH /api/settings": { minRole: "admin", call: () => ({ body: { organisationName: "Matrix Newsroom" } }) },
  "GET /api/tokens": { minRole: "viewer" },
  "POST /api/tokens": { minRole: "viewer", call: () => ({ body: { name: "matrix" } }) },
  "DELETE /api/tokens/[id]": { minRole: "viewer", call: async (ctx) => ({ params: { id: await ctx.ownToken() } }), note: "own token" },
  "GET /api/users": { minRole: "admin", note: "full list; ?directory=1 is for everyone" },
  "POST /api/users": { minRole: "admin", call: () => ({ body: { email: `matrix-${Math.random().toString(36).slice(2)}@example.org`, name: "Matrix", role: "viewer" } }) },
  "PATCH /api/users/[id]": { minRole: "admin", call: (ctx) => ({ params: { id: ctx.spareUserId }, body: { name: "Spare User" } }) },
};
