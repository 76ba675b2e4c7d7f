import Database from "better-sqlite3";
import pg from "pg";
import { postgresPoolConfig } from "./postgres/config";

/**
 * Moves a SQLite newsroom into an empty PostgreSQL database (issue 12,
 * `npm run db:copy-to-postgres`). Both must be migrated to the same models (the command
 * migrates the target first). Every table the PostgreSQL schema has is copied, parents before
 * children (foreign-key order, rows of self-referencing tables parents first), converting
 * SQLite's storage (booleans 0/1, dates as ISO text or epoch ms) to PostgreSQL's types, in one
 * transaction: the target gets all of it or none. The search index fills itself (its triggers
 * fire on every insert) and autoincrement sequences are moved past the copied ids.
 */
export interface CopyReport {
  tables: Array<{ table: string; rows: number }>;
  ms: number;
}

interface Column {
  name: string;
  type: string;
}

const BATCH = 500;
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function copySqliteToPostgres(sqliteFile: string, postgresUrl: string, log: (line: string) => void = () => undefined): Promise<CopyReport> {
  const started = Date.now();
  const source = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  const target = new pg.Client(postgresPoolConfig(postgresUrl, { statement_timeout: 0 }));
  await target.connect();
  try {
    const tables = await tablesInForeignKeyOrder(target);
    const sourceTables = new Set((source.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((r) => r.name));
    for (const t of tables) {
      if (!sourceTables.has(t.table)) throw new Error(`The SQLite database has no table "${t.table}": migrate it first (DATABASE_URL=file:… npm run db:migrate).`);
      const { rows } = await target.query(`SELECT EXISTS (SELECT 1 FROM ${q(t.table)}) AS "any"`);
      if (rows[0].any) throw new Error(`The PostgreSQL database is not empty (table "${t.table}" has rows): copy into a new, empty database.`);
    }
    await target.query("BEGIN");
    const report: CopyReport["tables"] = [];
    for (const t of tables) {
      const columns = await columnsOf(target, t.table);
      const sourceColumns = new Set((source.prepare(`SELECT name FROM pragma_table_info(?)`).all(t.table) as Array<{ name: string }>).map((r) => r.name));
      const missing = columns.filter((c) => !sourceColumns.has(c.name));
      if (missing.length) throw new Error(`The SQLite table "${t.table}" lacks ${missing.map((c) => c.name).join(", ")}: migrate it first (npm run db:migrate).`);
      let rows = source.prepare(`SELECT ${columns.map((c) => q(c.name)).join(", ")} FROM ${q(t.table)}`).all() as Array<Record<string, unknown>>;
      if (t.selfReference) rows = parentsFirst(rows, t.selfReference.column, t.selfReference.references);
      for (let i = 0; i < rows.length; i += BATCH) {
        const chunk = rows.slice(i, i + BATCH);
        const params: unknown[] = [];
        const values = chunk.map((row) => `(${columns.map((c) => (params.push(convert(row[c.name], c.type)), `$${params.length}`)).join(", ")})`);
        await target.query(`INSERT INTO ${q(t.table)} (${columns.map((c) => q(c.name)).join(", ")}) VALUES ${values.join(", ")}`, params);
      }
      report.push({ table: t.table, rows: rows.length });
      log(`${t.table}: ${rows.length} rows`);
    }
    // Autoincrement ids (Event.id): the next id must follow the copied ones.
    const { rows: sequences } = await target.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
    );
    for (const s of sequences as Array<{ table_name: string; column_name: string }>) {
      await target.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${q(s.column_name)}) FROM ${q(s.table_name)}), 0) + 1, false)`,
        [q(s.table_name), s.column_name],
      );
    }
    await target.query("COMMIT");
    return { tables: report, ms: Date.now() - started };
  } catch (error) {
    await target.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    source.close();
    await target.end();
  }
}

/** The app's tables (not Prisma's bookkeeping, not the search index), parents before children. */
async function tablesInForeignKeyOrder(client: pg.Client): Promise<Array<{ table: string; selfReference: { column: string; references: string } | null }>> {
  const { rows: tables } = await client.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND tablename NOT LIKE 'search\\_%' ORDER BY tablename`,
  );
  const { rows: fks } = await client.query(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent, a.attname AS column, af.attname AS references
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  const unquote = (name: string) => name.replace(/^"(.*)"$/, "$1").replace(/""/g, '"');
  const names = (tables as Array<{ tablename: string }>).map((t) => t.tablename);
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  const self = new Map<string, { column: string; references: string }>();
  for (const fk of fks as Array<{ child: string; parent: string; column: string; references: string }>) {
    const child = unquote(fk.child);
    const parent = unquote(fk.parent);
    if (!parents.has(child)) continue;
    if (child === parent) self.set(child, { column: fk.column, references: fk.references });
    else parents.get(child)!.add(parent);
  }
  const ordered: string[] = [];
  const done = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter((n) => !done.has(n) && [...parents.get(n)!].every((p) => done.has(p) || !parents.has(p)));
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among: ${names.filter((n) => !done.has(n)).join(", ")}`);
    for (const n of ready) {
      ordered.push(n);
      done.add(n);
    }
  }
  return ordered.map((table) => ({ table, selfReference: self.get(table) ?? null }));
}

async function columnsOf(client: pg.Client, table: string): Promise<Column[]> {
  const { rows } = await client.query(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows as Column[];
}

/** Rows whose parent (same table) comes earlier in the list. */
function parentsFirst(rows: Array<Record<string, unknown>>, column: string, references: string): Array<Record<string, unknown>> {
  const byKey = new Map(rows.map((r) => [r[references], r]));
  const out: Array<Record<string, unknown>> = [];
  const placed = new Set<unknown>();
  const place = (row: Record<string, unknown>, depth = 0) => {
    if (placed.has(row[references])) return;
    const parent = row[column] == null ? undefined : byKey.get(row[column]);
    if (parent && depth < 10_000) place(parent, depth + 1);
    placed.add(row[references]);
    out.push(row);
  };
  rows.forEach((r) => place(r));
  return out;
}

/** SQLite's CURRENT_TIMESTAMP text ("2026-12-02 10:00:00") has no zone and is UTC. */
function asUtc(text: string): string {
  return /(Z|[+-]\d\d:?\d\d)$/.test(text.trim()) ? text : text.trim().replace(" ", "T") + "Z";
}

/** A SQLite value as the PostgreSQL column type wants it. */
function convert(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type.startsWith("timestamp") || type === "date") {
    const date = typeof value === "number" || typeof value === "bigint" || /^\d+$/.test(String(value)) ? new Date(Number(value)) : new Date(asUtc(String(value)));
    if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${String(value).slice(0, 40)}`);
    // ISO text in UTC: pg would send a Date as the host's local time with an offset, which a
    // TIMESTAMP (without time zone) column drops, shifting every date off a UTC host.
    return date.toISOString();
  }
  if (type === "boolean") return value === 1 || value === 1n || value === true || value === "1" || value === "true";
  if (type === "bytea") return Buffer.isBuffer(value) ? value : Buffer.from(String(value));
  if (typeof value === "bigint") return value.toString();
  return value;
}
