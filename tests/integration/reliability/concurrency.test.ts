import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/actor";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { updateClaim } from "@/lib/server/update-claim";
import { linkSource } from "@/lib/server/link-source";
import { addComment } from "@/lib/server/add-comment";
import { deleteClaim } from "@/lib/server/delete-claim";
import { db, makeUser } from "../helpers";

/**
 * 20 clients × 100 interleaved operations on one article, each client working from the
 * version it last saw (so many writes race and some are refused). Afterwards: every
 * acknowledged write is in the database, every refused one is not, nothing was silently
 * lost, and the Event log holds exactly one event per acknowledged change, in order.
 */
const CLIENTS = 20;
const OPS = 100;

interface Ack {
  kind: "create" | "rationale" | "source" | "comment" | "delete";
  claimId: string;
  value?: string;
  version?: number;
}

function rng(seed: number) {
  let a = seed;
  return () => ((a = (a * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe("concurrency", () => {
  it("20 clients × 100 interleaved operations: acknowledged writes present, refused ones absent, one event per change", async () => {
    const owner = await makeUser("editor");
    const { id: articleId } = await createArticle(owner, { title: "Concurrency", body: Array.from({ length: 40 }, (_, i) => `Sentence number ${i} has a figure of ${i * 7} units.`).join("\n") });
    const firstEventId = (await db.event.findFirstOrThrow({ where: { articleId }, orderBy: { id: "desc" } })).id;
    const clients: Actor[] = [];
    for (let i = 0; i < CLIENTS; i++) clients.push(await makeUser("editor", `Client ${i}`));
    const seed = await createClaim(owner, articleId, { exact: "Sentence number 0" });
    const shared = { id: seed.id };

    const acks: Ack[] = [];
    const refused: { kind: string; claimId: string; value?: string }[] = [];
    let unexpected = 0;
    const unexpectedErrors = new Set<string>();

    await Promise.all(
      clients.map(async (actor, c) => {
        const random = rng(c + 1);
        const known = new Map<string, number>([[shared.id, seed.version]]); // claimId → version I last saw
        for (let op = 0; op < OPS; op++) {
          const roll = random();
          const ids = [...known.keys()];
          const claimId = ids[Math.floor(random() * ids.length)];
          try {
            if (roll < 0.15) {
              const n = Math.floor(random() * 40);
              const claim = await createClaim(actor, articleId, { exact: `figure of ${n * 7} units` });
              known.set(claim.id, claim.version);
              acks.push({ kind: "create", claimId: claim.id });
            } else if (roll < 0.65) {
              const value = `c${c}-op${op}`;
              try {
                // No `base`: a stale version must be refused, never merged or overwritten.
                const { claim } = await updateClaim(actor, claimId, { version: known.get(claimId)!, rationale: value });
                known.set(claimId, claim.version);
                acks.push({ kind: "rationale", claimId, value, version: claim.version });
              } catch (error) {
                if (error instanceof AppError && error.code === "conflict") {
                  refused.push({ kind: "rationale", claimId, value });
                  const current = (error.details as { current?: { version: number } } | undefined)?.current;
                  if (current) known.set(claimId, current.version);
                } else throw error;
              }
            } else if (roll < 0.8) {
              const value = `https://example.org/c${c}/op${op}`;
              const claim = await linkSource(actor, claimId, { url: value, title: `Source ${c}-${op}`, stance: "context" });
              known.set(claimId, claim.version);
              acks.push({ kind: "source", claimId, value });
            } else if (roll < 0.97) {
              const value = `comment c${c} op${op}`;
              await addComment(actor, claimId, { body: value });
              acks.push({ kind: "comment", claimId, value });
            } else if (claimId !== shared.id) {
              await deleteClaim(actor, claimId);
              acks.push({ kind: "delete", claimId });
            }
          } catch (error) {
            // A claim deleted by another client is a legitimate refusal (404), not a lost write.
            if (error instanceof AppError && error.code === "not_found") {
              known.delete(claimId);
              refused.push({ kind: "gone", claimId });
            } else {
              unexpected++;
              unexpectedErrors.add(String((error as Error)?.message ?? error).slice(0, 300));
            }
          }
        }
      }),
    );
    expect(unexpected, [...unexpectedErrors].slice(0, 5).join("\n")).toBe(0);
    expect(acks.length + refused.length).toBeGreaterThanOrEqual(CLIENTS * OPS * 0.97 - 1);

    // Every acknowledged write is present.
    for (const ack of acks) {
      if (ack.kind === "create") expect(await db.claim.count({ where: { id: ack.claimId } })).toBe(1);
      if (ack.kind === "source") expect(await db.claimSource.count({ where: { claimId: ack.claimId, source: { url: ack.value } } })).toBe(1);
      if (ack.kind === "comment") expect(await db.comment.count({ where: { claimId: ack.claimId, body: ack.value } })).toBe(1);
      if (ack.kind === "delete") expect((await db.claim.findUniqueOrThrow({ where: { id: ack.claimId } })).deletedAt).not.toBeNull();
    }
    // No update was silently lost: each claim's rationale is the last acknowledged one.
    const lastRationale = new Map<string, Ack>();
    for (const ack of acks.filter((a) => a.kind === "rationale")) {
      const prev = lastRationale.get(ack.claimId);
      if (!prev || ack.version! > prev.version!) lastRationale.set(ack.claimId, ack);
    }
    for (const [claimId, ack] of lastRationale) expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).rationale).toBe(ack.value);
    // Refused writes left nothing behind.
    for (const r of refused.filter((x) => x.kind === "rationale")) {
      const acked = acks.some((a) => a.kind === "rationale" && a.value === r.value);
      expect(acked).toBe(false);
      const history = await db.event.count({ where: { claimId: r.claimId, after: { contains: `"rationale":"${r.value}"` } } });
      expect(history).toBe(0);
    }
    // Exactly one event per acknowledged change, in commit order.
    const events = await db.event.findMany({ where: { articleId, id: { gt: firstEventId } }, orderBy: { id: "asc" } });
    const byKind = (type: string) => events.filter((e) => e.type === type).length;
    expect(byKind("claim.created")).toBe(acks.filter((a) => a.kind === "create").length + 1);
    expect(byKind("claim.updated")).toBe(acks.filter((a) => a.kind === "rationale").length);
    expect(byKind("source.linked") + byKind("source.relinked")).toBe(acks.filter((a) => a.kind === "source").length);
    expect(byKind("comment.added")).toBe(acks.filter((a) => a.kind === "comment").length);
    expect(byKind("claim.deleted")).toBe(acks.filter((a) => a.kind === "delete").length);
    const ids = events.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    for (const [claimId, ack] of lastRationale) {
      const updates = events.filter((e) => e.claimId === claimId && e.type === "claim.updated").map((e) => JSON.parse(e.after!).version as number);
      expect(updates).toEqual([...updates].sort((a, b) => a - b)); // versions rise with event ids
      expect(updates.at(-1)).toBe(ack.version);
    }
    expect(refused.filter((r) => r.kind === "rationale").length).toBeGreaterThan(0); // the race really happened
  }, 180_000);
});
