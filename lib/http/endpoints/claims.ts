import { jsonResponse } from "@/lib/contracts/endpoint";
import {
  acceptWordingResponseSchema,
  claimHistoryResponseSchema, claimResponseSchema, copyFromClaimResultSchema, copyFromClaimSchema, createClaimSchema, historyQuerySchema, linkSourceSchema,
  revertClaimResponseSchema, revertClaimSchema, similarClaimsResponseSchema, updateClaimResponseSchema, updateClaimSchema,
} from "@/lib/contracts/claims";
import { copyFromClaim } from "@/lib/server/copy-from-claim";
import { createClaim } from "@/lib/server/create-claim";
import { deleteClaim } from "@/lib/server/delete-claim";
import { findSimilarClaims } from "@/lib/server/find-similar-claims";
import { getClaim } from "@/lib/server/get-claim";
import { getClaimHistory } from "@/lib/server/get-claim-history";
import { linkSource } from "@/lib/server/link-source";
import { restoreClaim } from "@/lib/server/restore-claim";
import { acceptClaimWording } from "@/lib/server/accept-claim-wording";
import { acceptClaimWordingSchema } from "@/lib/validation/claim";
import { revertClaimField } from "@/lib/server/revert-claim-field";
import { unlinkSource } from "@/lib/server/unlink-source";
import { updateClaim } from "@/lib/server/update-claim";
import { endpoint } from "../endpoint";

export const create = endpoint({
  id: "claims.create", method: "POST", path: "/api/articles/{id}/claims", tag: "Claims", summary: "Mark a claim", minRole: "editor", body: createClaimSchema,
  description: "The server resolves `exact` (with optional `prefix`/`suffix`/`start`/`end`) against the article text and answers 422 when the quote is not in it.",
  response: jsonResponse(claimResponseSchema, "`{ claim }`", 201), errors: [400, 404, 422],
  handle: async ({ actor, params, body }) => ({ claim: await createClaim(actor, params.id, body) }),
});

export const get = endpoint({
  id: "claims.get", method: "GET", path: "/api/claims/{id}", tag: "Claims", summary: "One claim", minRole: "viewer",
  response: jsonResponse(claimResponseSchema, "`{ claim }`"), errors: [404],
  handle: async ({ actor, params }) => ({ claim: await getClaim(actor, params.id) }),
});

export const update = endpoint({
  id: "claims.update", method: "PATCH", path: "/api/claims/{id}", tag: "Claims", summary: "Edit a claim (optimistic concurrency)", minRole: "editor", body: updateClaimSchema,
  description: "Send the `version` you started from. A stale version is merged when the changed fields were not changed by others (send their original values in `base`), otherwise refused with 409 and `details.current`.",
  response: jsonResponse(updateClaimResponseSchema, "`{ claim, rebased, mergedWith }` (mergedWith: who made the edit this one was merged with, when rebased)"), errors: [400, 404, 409, 422],
  handle: ({ actor, params, body }) => updateClaim(actor, params.id, body),
});

export const remove = endpoint({
  id: "claims.delete", method: "DELETE", path: "/api/claims/{id}", tag: "Claims", summary: "Delete a claim (soft; can be restored)", minRole: "editor",
  response: jsonResponse(claimResponseSchema, "`{ claim }`"), errors: [404, 409],
  handle: async ({ actor, params }) => ({ claim: await deleteClaim(actor, params.id) }),
});

export const restore = endpoint({
  id: "claims.restore", method: "POST", path: "/api/claims/{id}/restore", tag: "Claims", summary: "Undo a delete", minRole: "editor",
  response: jsonResponse(claimResponseSchema, "`{ claim }`"), errors: [404],
  handle: async ({ actor, params }) => ({ claim: await restoreClaim(actor, params.id) }),
});

export const acceptWording = endpoint({
  id: "claims.acceptWording", method: "POST", path: "/api/claims/{id}/accept-wording", tag: "Claims", summary: "Accept the new words under a claim whose text changed", minRole: "editor", body: acceptClaimWordingSchema,
  description: "For a claim whose `anchorStatus` is `changed` after a revision: the claim stands on the new words, becomes `anchored` and drops `previousExact` (kept in its history). Stale `version` 409 with `details.current`; approved claims are locked (409). A claim whose text did not change comes back as it is with `accepted: false`.",
  response: jsonResponse(acceptWordingResponseSchema, "`{ claim, accepted }`"), errors: [400, 404, 409],
  handle: ({ actor, params, body }) => acceptClaimWording(actor, params.id, body),
});

export const linkSourceEndpoint = endpoint({
  id: "claims.linkSource", method: "POST", path: "/api/claims/{id}/sources", tag: "Sources", summary: "Link a source (new by URL, or reuse by sourceId)", minRole: "editor", body: linkSourceSchema,
  response: jsonResponse(claimResponseSchema, "`{ claim }`", 201), errors: [400, 404, 409, 422],
  handle: async ({ actor, params, body }) => ({ claim: await linkSource(actor, params.id, body) }),
});

export const unlinkSourceEndpoint = endpoint({
  id: "claims.unlinkSource", method: "DELETE", path: "/api/claims/{id}/sources/{sourceId}", tag: "Sources", summary: "Unlink a source from a claim", minRole: "editor",
  response: jsonResponse(claimResponseSchema, "`{ claim }`"), errors: [404, 409],
  handle: async ({ actor, params }) => ({ claim: await unlinkSource(actor, params.id, params.sourceId) }),
});

export const history = endpoint({
  id: "claims.history", method: "GET", path: "/api/claims/{id}/history", tag: "History", summary: "A claim's history, newest first", minRole: "viewer", query: historyQuerySchema,
  response: jsonResponse(claimHistoryResponseSchema, "`{ events, imported, nextBefore }`; each event lists the fields it can be reverted to in `revertable`."), errors: [404, 422],
  handle: ({ actor, params, query }) => getClaimHistory(actor, params.id, query),
});

export const revert = endpoint({
  id: "claims.revert", method: "POST", path: "/api/claims/{id}/revert", tag: "History", summary: "Set a field back to its value before a change", minRole: "editor", body: revertClaimSchema,
  description: "`field` is one of the event's `revertable` fields. Same rules as an edit: approved claims are locked (409), a stale `version` is refused (409 with `details.current`). The revert is recorded as a `claim.reverted` event.",
  response: jsonResponse(revertClaimResponseSchema, "`{ claim, reverted }` (`reverted: false` when the field already had that value)"), errors: [400, 404, 409, 422],
  handle: ({ actor, params, body }) => revertClaimField(actor, params.id, body),
});

export const similar = endpoint({
  id: "claims.similar", method: "GET", path: "/api/claims/{id}/similar", tag: "Prior fact-checks", summary: "Up to five similar claims from other articles", minRole: "viewer",
  description: "Candidates from SQLite FTS5 plus recent claims, ranked by character n-gram TF-IDF similarity and shared words, scaled by whether the numbers agree (lib/suggest/similar). `score` is 0..1; `numbers` is `same`, `differ` or `none`.",
  response: jsonResponse(similarClaimsResponseSchema, "`{ claimId, similar: [{ claim, article: { id, title, publisher }, score, numbers }] }`"), errors: [404],
  handle: ({ actor, params }) => findSimilarClaims(actor, params.id),
});

export const copyFrom = endpoint({
  id: "claims.copyFrom", method: "POST", path: "/api/claims/{id}/copy-from", tag: "Prior fact-checks", summary: "Copy another claim's sources (and optionally its verdict as a draft)", minRole: "editor", body: copyFromClaimSchema,
  description: "Sources are linked with the same stance and excerpt; source rows are reused, never duplicated, and sources this claim already cites are left as they are. With `includeVerdict`, the verdict is copied and the rationale appended after \"Draft copied from …\".",
  response: jsonResponse(copyFromClaimResultSchema, "`{ claim, copied: { sources, alreadyLinked, verdict } }`"), errors: [400, 404, 409, 422],
  handle: ({ actor, params, body }) => copyFromClaim(actor, params.id, body),
});

export const claimEndpoints = [create, get, update, remove, acceptWording, restore, linkSourceEndpoint, unlinkSourceEndpoint, history, revert, similar, copyFrom];
