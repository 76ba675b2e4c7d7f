// The bare baseline: Node's http module + better-sqlite3, no framework, the same four writes
// as Factdesk's workload on the same schema (token lookup, JSON parsing, a transaction with
// the row and its Event). Factdesk's throughput is reported as a ratio of this.
//   npx tsx bench/baseline-server.ts --db /path/to/copy.db --port 3399
import http from "node:http";
import { createHash, randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const { values } = parseArgs({ options: { db: { type: "string" }, port: { type: "string", default: "3399" } } });
const db = new Database(values.db!);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.pragma("busy_timeout = 5000");
db.pragma("foreign_keys = ON");

const now = () => Date.now();
const tokenUser = db.prepare("SELECT u.id FROM ApiToken t JOIN User u ON u.id = t.userId WHERE t.tokenHash = ? AND t.revokedAt IS NULL AND u.active = 1");
const articleText = db.prepare("SELECT text FROM Article WHERE id = ?");
const insertClaim = db.prepare(
  `INSERT INTO Claim (id, articleId, exact, prefix, suffix, start, "end", createdById, updatedById, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const updateVerdict = db.prepare(`UPDATE Claim SET verdict = ?, version = version + 1, updatedById = ?, updatedAt = ? WHERE id = ? AND version = ?`);
const getClaim = db.prepare("SELECT id, articleId, version FROM Claim WHERE id = ?");
const upsertSource = db.prepare(`INSERT INTO Source (id, url, title, publisher, createdById, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET url = url RETURNING id`);
const link = db.prepare(`INSERT OR REPLACE INTO ClaimSource (claimId, sourceId, stance, excerpt, createdById, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`);
const insertComment = db.prepare(`INSERT INTO Comment (id, claimId, authorId, body, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`);
const insertEvent = db.prepare(`INSERT INTO Event (type, actorId, articleId, claimId, targetType, targetId, after, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);

type Handler = (userId: string, params: string[], body: Record<string, unknown>) => [number, unknown];

const routes: [string, RegExp, Handler][] = [
  ["POST", /^\/api\/articles\/([^/]+)\/claims$/, (userId, [articleId], b) => {
    const row = articleText.get(articleId) as { text: string } | undefined;
    if (!row) return [404, { error: "not found" }];
    const start = Number(b.start);
    const end = Number(b.end);
    if (row.text.slice(start, end) !== b.exact) return [422, { error: "quote" }];
    const id = randomUUID();
    db.transaction(() => {
      insertClaim.run(id, articleId, b.exact, row.text.slice(Math.max(0, start - 32), start), row.text.slice(end, end + 32), start, end, userId, userId, now(), now());
      insertEvent.run("claim.created", userId, articleId, id, "claim", id, JSON.stringify({ exact: b.exact }), now(), now());
    })();
    return [201, { claim: { id, version: 1 } }];
  }],
  ["PATCH", /^\/api\/claims\/([^/]+)$/, (userId, [claimId], b) => {
    const claim = getClaim.get(claimId) as { id: string; articleId: string; version: number } | undefined;
    if (!claim) return [404, { error: "not found" }];
    let ok = false;
    db.transaction(() => {
      ok = updateVerdict.run(b.verdict, userId, now(), claimId, b.version).changes === 1;
      if (ok) insertEvent.run("claim.updated", userId, claim.articleId, claimId, "claim", claimId, JSON.stringify({ verdict: b.verdict }), now(), now());
    })();
    return ok ? [200, { claim: { id: claimId, version: Number(b.version) + 1 } }] : [409, { error: "stale" }];
  }],
  ["POST", /^\/api\/claims\/([^/]+)\/sources$/, (userId, [claimId], b) => {
    const claim = getClaim.get(claimId) as { id: string; articleId: string; version: number } | undefined;
    if (!claim) return [404, { error: "not found" }];
    db.transaction(() => {
      const src = upsertSource.get(randomUUID(), b.url, b.title, b.publisher ?? null, userId, now(), now()) as { id: string };
      link.run(claimId, src.id, b.stance, b.excerpt ?? null, userId, now(), now());
      insertEvent.run("source.linked", userId, claim.articleId, claimId, "source", src.id, JSON.stringify({ url: b.url }), now(), now());
    })();
    return [201, { claim: { id: claimId, version: claim.version } }];
  }],
  ["POST", /^\/api\/claims\/([^/]+)\/comments$/, (userId, [claimId], b) => {
    const claim = getClaim.get(claimId) as { id: string; articleId: string } | undefined;
    if (!claim) return [404, { error: "not found" }];
    const id = randomUUID();
    db.transaction(() => {
      insertComment.run(id, claimId, userId, b.body, now(), now());
      insertEvent.run("comment.added", userId, claim.articleId, claimId, "comment", id, JSON.stringify({ body: b.body }), now(), now());
    })();
    return [201, { comment: { id } }];
  }],
];

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const send = (status: number, payload: unknown) => {
      const body = JSON.stringify(payload);
      res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    };
    try {
      if (req.method === "GET") return send(200, { ok: true });
      const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
      const user = tokenUser.get(createHash("sha256").update(token).digest("hex")) as { id: string } | undefined;
      if (!user) return send(401, { error: "unauthorized" });
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
      for (const [method, pattern, handler] of routes) {
        const m = req.method === method ? pattern.exec(req.url ?? "") : null;
        if (m) {
          const [status, payload] = handler(user.id, m.slice(1), body);
          return send(status, payload);
        }
      }
      send(404, { error: "no route" });
    } catch (error) {
      send(500, { error: String(error) });
    }
  });
});
server.listen(Number(values.port), "127.0.0.1");
