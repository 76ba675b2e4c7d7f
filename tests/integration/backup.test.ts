import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backupDatabase } from "@/lib/data/sqlite/backup";
import { databaseFile } from "@/lib/data/sqlite/database-url";
import { createArticle } from "@/lib/server/create-article";
import { createClaim } from "@/lib/server/create-claim";
import { createDb } from "@/lib/data/client";
import { db, makeUser } from "./helpers";

describe("online backup", () => {
  it("copies a consistent database while writes continue, and the restored copy holds every committed row", async () => {
    const editor = await makeUser("editor");
    const { id } = await createArticle(editor, { title: "Backup test", body: "Alpha beta gamma.\nDelta epsilon zeta." });
    let writing = true;
    const writes = (async () => {
      let n = 0;
      while (writing && n < 200) {
        await createClaim(editor, id, { exact: n % 2 ? "beta" : "epsilon" });
        n++;
      }
    })();
    const dest = path.join(mkdtempSync(path.join(os.tmpdir(), "factdesk-backup-")), "copy.db");
    const result = await backupDatabase(databaseFile(), dest);
    writing = false;
    await writes;
    expect(result.integrity).toBe("ok");

    // Restore = use the copy as the database file. Everything in it must be consistent:
    // every claim's event is there and foreign keys hold.
    const restored = createDb("file:" + dest);
    const claims = await restored.claim.findMany({ where: { articleId: id } });
    const events = await restored.event.count({ where: { articleId: id, type: "claim.created" } });
    expect(events).toBe(claims.length);
    const raw = new Database(dest, { readonly: true });
    expect(raw.pragma("foreign_key_check")).toEqual([]);
    raw.close();
    await restored.$disconnect();

    // And a backup taken when no writes are running matches the live database exactly.
    const dest2 = dest.replace("copy.db", "copy2.db");
    await backupDatabase(databaseFile(), dest2);
    const again = createDb("file:" + dest2);
    expect(await again.claim.count()).toBe(await db.claim.count());
    expect(await again.event.count()).toBe(await db.event.count());
    await again.$disconnect();
  });
});
