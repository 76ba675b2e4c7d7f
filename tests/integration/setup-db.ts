import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";

// Runs before each test file's imports: point the app's database at a private copy of the
// migrated template, so files never share state and nothing touches ./data.
const template = process.env.FACTDESK_TEST_TEMPLATE_DB;
if (template) {
  const file = path.join(path.dirname(template), `test-${randomUUID()}.db`);
  copyFileSync(template, file);
  process.env.DATABASE_URL = "file:" + file;
  delete (globalThis as { factdeskDb?: unknown }).factdeskDb;
}
process.env.FACTDESK_BCRYPT_COST ??= "4";
