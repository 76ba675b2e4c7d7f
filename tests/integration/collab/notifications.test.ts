import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { addComment } from "@/lib/server/add-comment";
import { linkSource } from "@/lib/server/link-source";
import { listNotifications } from "@/lib/server/list-notifications";
import { markNotificationsRead } from "@/lib/server/mark-notifications-read";
import { reviewClaim } from "@/lib/server/review-claim";
import { updateClaim } from "@/lib/server/update-claim";
import { updateNotificationSettings } from "@/lib/server/update-notification-settings";
import { db, makeUser } from "../helpers";
import { makeArticleWithClaims } from "./fixtures";

describe("the inbox", () => {
  it("mentions, replies and assignments reach the right people, each opening the claim on the right tab", async () => {
    const ana = await makeUser("editor", "Ana Inbox");
    const ben = await makeUser("editor", "Ben Inbox");
    const cy = await makeUser("editor", "Cy Inbox");
    const { articleId, inflation } = await makeArticleWithClaims(ana);

    const root = await addComment(ana, inflation.id, { body: "Which index is this?" });
    await addComment(ben, inflation.id, { body: "@Cy Inbox can you check the March release?", parentId: root.id });
    await updateClaim(ben, inflation.id, { version: inflation.version, assigneeId: cy.id, base: { assigneeId: null } });

    const cyInbox = await listNotifications(cy);
    expect(cyInbox.items.map((n) => n.kind)).toEqual(["assigned", "mention"]);
    const mention = cyInbox.items[1];
    expect(mention.summary).toBe("Ben Inbox mentioned you in a comment");
    expect(mention.href).toBe(`/articles/${articleId}?claim=${inflation.id}&tab=comments`);
    expect(cyInbox.items[0].href).toBe(`/articles/${articleId}?claim=${inflation.id}&tab=details`);
    expect(cyInbox.unread).toBe(2);

    const anaInbox = await listNotifications(ana);
    expect(anaInbox.items.map((n) => [n.kind, n.summary])).toEqual([["reply", "Ben Inbox replied in a thread you wrote in"]]);
    // Nobody is told about their own doing.
    expect((await listNotifications(ben)).items).toEqual([]);

    expect(await markNotificationsRead(cy, { ids: [mention.id] })).toEqual({ marked: 1, unread: 1 });
    expect(await markNotificationsRead(ana, { ids: [cyInbox.items[0].id] })).toEqual({ marked: 0, unread: 1 }); // not hers: nothing changes
    expect(await markNotificationsRead(cy, { all: true })).toEqual({ marked: 1, unread: 0 });
  });

  it("a send-back and an approval tell the claim's maker, with the note; muted kinds are not written", async () => {
    const ana = await makeUser("editor", "Ana Maker");
    const rui = await makeUser("reviewer", "Rui Checker");
    const { inflation } = await makeArticleWithClaims(ana);
    const ready = await updateClaim(ana, inflation.id, { version: inflation.version, verdict: "false", rationale: "March CPI was 3.4%.", base: { verdict: "unchecked", rationale: "" } });
    const linked = await linkSource(ana, inflation.id, { url: "https://stats.example/cpi-march", title: "CPI March", stance: "refutes" });
    const submitted = await reviewClaim(ana, inflation.id, { action: "submit", version: linked.version });
    const sentBack = await reviewClaim(rui, inflation.id, { action: "send_back", version: submitted.claim.version, note: "Cite the seasonally adjusted figure." });
    expect(sentBack.claim.reviewNote).toMatchObject({ action: "send_back", note: "Cite the seasonally adjusted figure.", by: { name: "Rui Checker" } });

    const inbox = await listNotifications(ana);
    expect(inbox.items[0]).toMatchObject({ kind: "sent_back", summary: "Rui Checker sent back a claim of yours", detail: "Cite the seasonally adjusted figure." });

    await updateNotificationSettings(ana, { muted: ["approved"] });
    const again = await reviewClaim(ana, inflation.id, { action: "submit", version: sentBack.claim.version });
    expect(again.claim.reviewNote).toBeNull();
    const before = await db.notification.count({ where: { userId: ana.id } });
    await reviewClaim(rui, inflation.id, { action: "approve", version: again.claim.version });
    expect(await db.notification.count({ where: { userId: ana.id } })).toBe(before);
    expect((await listNotifications(ana)).muted).toEqual(["approved"]);
    expect(ready.claim.verdict).toBe("false");
  });

  it("refuses bad settings and bad read requests without changing anything", async () => {
    const ana = await makeUser("editor", "Ana Strict");
    await expect(updateNotificationSettings(ana, { muted: ["everything"] } as never)).rejects.toBeInstanceOf(ZodError);
    await expect(markNotificationsRead(ana, {} as never)).rejects.toBeInstanceOf(ZodError);
    expect((await listNotifications(ana)).muted).toEqual([]);
  });
});
