import { beforeAll, describe, expect, it } from "vitest";
import { acceptClaimWording } from "@/lib/server/accept-claim-wording";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { getClaim } from "@/lib/server/get-claim";
import { saveArticleRevision } from "@/lib/server/save-article-revision";
import type { Actor } from "@/lib/domain/actor";
import { db, makeUser } from "../helpers";

const BODY = "The council spent £12 million on roads in 2023.\nThe mayor said it was the largest budget ever.";

let editor: Actor;
let viewer: Actor;

beforeAll(async () => {
  editor = await makeUser("editor", "Ana");
  viewer = await makeUser("viewer");
});

async function changedClaim() {
  const article = await createArticle(editor, { title: "Roads", body: BODY });
  const claim = await createClaim(editor, article.id, { exact: "The council spent £12 million on roads in 2023." });
  await saveArticleRevision(editor, article.id, { version: 1, body: BODY.replace("12 million", "14 million") });
  const changed = await getClaim(editor, claim.id);
  expect(changed).toMatchObject({ anchorStatus: "changed", previousExact: "The council spent £12 million on roads in 2023.", exact: "The council spent £14 million on roads in 2023." });
  return changed;
}

describe("accepting the new wording of a claim whose text changed", () => {
  it("anchors it on the new words, drops the old quote, and records it in the history", async () => {
    const claim = await changedClaim();
    const { claim: after, accepted } = await acceptClaimWording(editor, claim.id, { version: claim.version });
    expect(accepted).toBe(true);
    expect(after).toMatchObject({ anchorStatus: "anchored", previousExact: null, exact: claim.exact, version: claim.version + 1 });
    const event = await db.event.findFirstOrThrow({ where: { claimId: claim.id }, orderBy: { id: "desc" } });
    expect(event.type).toBe("claim.updated");
    expect(JSON.parse(event.before!)).toEqual({ anchorStatus: "changed", previousExact: "The council spent £12 million on roads in 2023." });
    // Again: nothing to accept, nothing written.
    expect((await acceptClaimWording(editor, claim.id, { version: after.version })).accepted).toBe(false);
  });

  it("refuses a stale version with the current claim, and a viewer", async () => {
    const claim = await changedClaim();
    await expect(acceptClaimWording(editor, claim.id, { version: claim.version - 1 })).rejects.toMatchObject({ code: "conflict", details: { current: { id: claim.id } } });
    await expect(acceptClaimWording(viewer, claim.id, { version: claim.version })).rejects.toMatchObject({ code: "forbidden" });
    expect((await getClaim(editor, claim.id)).anchorStatus).toBe("changed");
  });
});
