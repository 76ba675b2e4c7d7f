import { NextRequest } from "next/server";
import { ZodError, type z } from "zod";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as postClaim } from "@/app/api/articles/[id]/claims/route";
import { PATCH as patchClaim } from "@/app/api/claims/[id]/route";
import { POST as postSource } from "@/app/api/claims/[id]/sources/route";
import { POST as postComment } from "@/app/api/claims/[id]/comments/route";
import { GET as getHistory } from "@/app/api/claims/[id]/history/route";
import { GET as getOEmbedRoute } from "@/app/api/oembed/route";
import { addComment } from "@/lib/server/add-comment";
import { createApiToken } from "@/lib/server/create-api-token";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { getClaimHistory } from "@/lib/server/get-claim-history";
import { getOEmbed } from "@/lib/server/get-oembed";
import { linkSource } from "@/lib/server/link-source";
import { updateClaim } from "@/lib/server/update-claim";
import { createClaimSchema, linkSourceSchema, updateClaimSchema } from "@/lib/validation/claim";
import { historyQuerySchema } from "@/lib/validation/collaboration";
import { createCommentSchema } from "@/lib/validation/comment";
import { parseInput, wasParsedBy } from "@/lib/validation/parse-once";
import { oembedQuerySchema } from "@/lib/validation/publication";
import type { Actor } from "@/lib/domain/actor";
import { makeUser } from "./helpers";

/**
 * zod parses a request once (issue 16): the route parses the body or query with the schema
 * its endpoint declares, the use case it calls sees that the value is what the same schema
 * produced and does not parse it again (lib/validation/parse-once.ts). Called directly
 * (import, scripts, tests), a use case still parses its input and refuses invalid input with
 * the same ZodError as before.
 */
const BASE = "http://localhost:3000";
let editor: Actor;
let token: string;
let articleId: string;

beforeAll(async () => {
  editor = await makeUser("editor");
  token = (await createApiToken(editor, { name: "parse-once" })).token;
  articleId = (await createArticle(editor, { title: "Parse once", body: "Prices rose by 7 percent in May. Wages rose by 2 percent. Rents fell." })).id;
});

afterEach(() => vi.restoreAllMocks());

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = (handler: Handler, method: string, path: string, params: Record<string, string>, body?: unknown) =>
  handler(
    new NextRequest(BASE + path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );

/** Counts `schema.parse` calls (parseInput calls it; a second parse anywhere would too). */
const countParses = (schema: z.ZodType) => vi.spyOn(schema, "parse");

describe("one parse per HTTP request", () => {
  it("POST a claim: createClaimSchema parses the body once (route), not again in createClaim", async () => {
    const parses = countParses(createClaimSchema);
    const res = await call(postClaim, "POST", `/api/articles/${articleId}/claims`, { id: articleId }, { exact: "Prices rose by 7 percent" });
    expect(res.status).toBe(201);
    expect(parses).toHaveBeenCalledTimes(1);
  });

  it("an invalid body is parsed once too, and answers 422 as before", async () => {
    const parses = countParses(createClaimSchema);
    const res = await call(postClaim, "POST", `/api/articles/${articleId}/claims`, { id: articleId }, { exact: "" });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe("invalid");
    expect(parses).toHaveBeenCalledTimes(1);
  });

  it("PATCH a claim, link a source, comment: each body parsed once", async () => {
    const claim = await createClaim(editor, articleId, { exact: "Wages rose by 2 percent" });

    const updates = countParses(updateClaimSchema);
    const patched = await call(patchClaim, "PATCH", `/api/claims/${claim.id}`, { id: claim.id }, { version: claim.version, rationale: "Checked." });
    expect(patched.status).toBe(200);
    expect(updates).toHaveBeenCalledTimes(1);

    const links = countParses(linkSourceSchema);
    const linked = await call(postSource, "POST", `/api/claims/${claim.id}/sources`, { id: claim.id }, { url: "https://stats.example/wages", title: "Wage statistics", stance: "supports" });
    expect(linked.status).toBe(201);
    expect(links).toHaveBeenCalledTimes(1);

    const comments = countParses(createCommentSchema);
    const commented = await call(postComment, "POST", `/api/claims/${claim.id}/comments`, { id: claim.id }, { body: "Looks right." });
    expect(commented.status).toBe(201);
    expect(comments).toHaveBeenCalledTimes(1);
  });

  it("a query is parsed once too (history, oEmbed)", async () => {
    const claim = await createClaim(editor, articleId, { exact: "Rents fell" });
    const history = countParses(historyQuerySchema);
    const res = await call(getHistory, "GET", `/api/claims/${claim.id}/history?limit=5`, { id: claim.id });
    expect(res.status).toBe(200);
    expect(history).toHaveBeenCalledTimes(1);

    const oembed = countParses(oembedQuerySchema);
    const xml = await call(getOEmbedRoute, "GET", `/api/oembed?format=xml&url=x`, {});
    expect(xml.status).toBe(501);
    expect((await xml.json()).error).toMatchObject({ code: "not_implemented", message: "Only format=json is served." });
    expect(oembed).toHaveBeenCalledTimes(1);
  });
});

/** The ZodError a schema gives for this input, to compare with the use case's. */
function zodIssues(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues;
}

async function rejection(promise: Promise<unknown>): Promise<ZodError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZodError);
  return error as ZodError;
}

describe("use cases called directly still refuse invalid input", () => {
  it("createClaim: an empty quote, a quote too long, a wrong type", async () => {
    for (const input of [{ exact: "" }, { exact: "x".repeat(100_000) }, { exact: 42 }, { exact: "Rents fell", verdict: 7 }]) {
      const error = await rejection(createClaim(editor, articleId, input as never));
      expect(error.issues).toEqual(zodIssues(createClaimSchema, input));
    }
  });

  it("updateClaim, linkSource, addComment, getClaimHistory, getOEmbed", async () => {
    const claim = await createClaim(editor, articleId, { exact: "Prices rose" });
    const cases: Array<[Promise<unknown>, z.ZodType, unknown]> = [
      [updateClaim(editor, claim.id, { version: "one" } as never), updateClaimSchema, { version: "one" }],
      [linkSource(editor, claim.id, { url: "javascript:alert(1)", title: "x", stance: "supports" }), linkSourceSchema, { url: "javascript:alert(1)", title: "x", stance: "supports" }],
      [addComment(editor, claim.id, { body: "" }), createCommentSchema, { body: "" }],
      [getClaimHistory(editor, claim.id, { limit: "1000" }), historyQuerySchema, { limit: "1000" }],
      [getOEmbed({ url: "" }), oembedQuerySchema, { url: "" }],
    ];
    for (const [promise, schema, input] of cases) {
      const error = await rejection(promise);
      expect(error.issues).toEqual(zodIssues(schema, input));
    }
  });

  it("a value another schema produced is parsed again (the mark is per schema)", async () => {
    const parses = countParses(createClaimSchema);
    // What the update schema produced is not what the create schema produced: createClaim parses it.
    const fromOtherSchema = parseInput(updateClaimSchema, { version: 1, rationale: "x" });
    expect(wasParsedBy(updateClaimSchema, fromOtherSchema)).toBe(true);
    await rejection(createClaim(editor, articleId, fromOtherSchema as never));
    expect(parses).toHaveBeenCalledTimes(1);
  });
});
