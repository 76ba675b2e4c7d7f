import type { Actor } from "@/lib/domain/actor";
import type { ClaimView } from "@/lib/server/support/claim-view";
import { createClaim } from "@/lib/server/create-claim";
import { updateClaim } from "@/lib/server/update-claim";
import { deleteClaim } from "@/lib/server/delete-claim";
import { linkSource } from "@/lib/server/link-source";
import { createArticle } from "@/lib/server/create-article";
import { exportArticle } from "@/lib/server/export-article";
import { generateApiToken } from "@/lib/auth/api-token";
import { insertArchive } from "@/lib/data/source-archives";
import { db } from "../helpers";

/** Targets for the authorization matrix: real rows, fresh ones where a call consumes them. */
export class MatrixContext {
  constructor(
    public readonly editor: Actor,
    public readonly articleId: string,
    public readonly articleText: string,
    public readonly claimId: string,
    public readonly otherArticleClaimId: string,
    public readonly spareUserId: string,
    public readonly exportJson: unknown,
    /** Fresh claims go on their own article, which no route under test rewrites. */
    public readonly claimArticleId: string,
    /** The role acting in the current call; null for anonymous. */
    public actor: Actor | null = null,
  ) {}

  static async create(editor: Actor, admin: Actor, articleId: string): Promise<MatrixContext> {
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const claim = await db.claim.findFirstOrThrow({ where: { articleId, reviewState: "open", deletedAt: null } });
    const other = await createArticle(editor, { title: "Another article", body: "Russia placed bounties on US troops in Afghanistan, officials said." });
    const otherClaim = await createClaim(editor, other.id, { exact: "Russia placed bounties on US troops" });
    const spare = await db.user.create({ data: { email: "spare@example.org", name: "Spare", role: "viewer", passwordHash: "x" } });
    const exported = await exportArticle(admin, articleId, { format: "json", includeDrafts: true, baseUrl: "http://localhost" });
    const target = await createArticle(editor, { title: "Claim targets", body: "Moscow said Biden and the Kremlin discussed sanctions.\nPutin and Russia replied through the White House and Peskov." });
    return new MatrixContext(editor, articleId, article.text, claim.id, otherClaim.id, spare.id, JSON.parse(String(exported.body)), target.id);
  }

  async articleVersion(): Promise<number> {
    return (await db.article.findUniqueOrThrow({ where: { id: this.articleId }, select: { version: true } })).version;
  }

  private words = ["Moscow", "Biden", "Kremlin", "sanctions", "Putin", "Russia", "White House", "Peskov"];
  private n = 0;

  async freshClaim(opts: { deleted?: boolean } = {}): Promise<ClaimView> {
    const claim = await createClaim(this.editor, this.claimArticleId, { exact: this.words[this.n++ % this.words.length] });
    if (opts.deleted) await deleteClaim(this.editor, claim.id);
    return opts.deleted ? { ...claim, version: claim.version + 1 } : claim;
  }

  async freshClaimWithVerdictChange(): Promise<{ claim: ClaimView; eventId: number }> {
    const c = await this.freshClaim();
    const { claim } = await updateClaim(this.editor, c.id, { version: c.version, verdict: "false" });
    const event = await db.event.findFirstOrThrow({ where: { claimId: c.id, type: "claim.updated" }, orderBy: { id: "desc" } });
    return { claim, eventId: event.id };
  }

  async freshClaimWithSource(): Promise<{ claim: ClaimView; sourceId: string }> {
    const c = await this.freshClaim();
    const claim = await linkSource(this.editor, c.id, { url: `https://example.org/src-${this.n}`, title: "Src", stance: "supports" });
    return { claim, sourceId: claim.sources[0].sourceId };
  }

  /** A source at a private address (so archiving it is refused without any network) with one stored copy. */
  async archivedSource(): Promise<{ sourceId: string; archiveId: string }> {
    const source = await db.source.upsert({ where: { url: "http://10.0.0.1/matrix-archive" }, create: { url: "http://10.0.0.1/matrix-archive", title: "Matrix archive", createdById: this.editor.id }, update: {} });
    const archive = await insertArchive(db, {
      sourceId: source.id, requestedUrl: source.url, finalUrl: source.url, httpStatus: 200, contentType: "text/html", sha256: "0".repeat(64),
      body: Buffer.from("<p>copy</p>"), text: "copy", title: "Matrix archive", fetchedAt: new Date(), createdById: this.editor.id,
    });
    return { sourceId: source.id, archiveId: archive.id };
  }

  private actingUserId(): string {
    return this.actor?.id ?? this.editor.id;
  }

  async ownComment(): Promise<string> {
    const c = await db.comment.create({ data: { claimId: this.claimId, authorId: this.actingUserId(), body: "Mine" } });
    return c.id;
  }

  async ownMention(): Promise<string> {
    const comment = await db.comment.create({ data: { claimId: this.claimId, authorId: this.editor.id, body: "@someone look" } });
    const m = await db.mention.create({ data: { commentId: comment.id, userId: this.actingUserId() } });
    return m.id;
  }

  async ownToken(): Promise<string> {
    const { hash, prefix } = generateApiToken();
    return (await db.apiToken.create({ data: { userId: this.actingUserId(), name: "own", tokenHash: hash, prefix } })).id;
  }
}
