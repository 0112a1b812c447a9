import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import type { DB } from "../database.js";
import { MIGRATIONS } from "../migrations/index.js";
import { type Database, type DialectName, openDatabase } from "../platform/db/database.js";
import { migrateToLatest } from "../platform/db/migrate.js";
import { createTestDatabase, TEST_POSTGRES_URL } from "./databases.js";

/**
 * A database that outlives its connections, and that two "servers" can open at
 * once: a SQLite file, or a PostgreSQL schema opened by its own pools.
 */
export async function makeDurableStore(dialect: DialectName): Promise<{
  open(): Promise<Database<DB>>;
  cleanup(): Promise<void>;
  /** Where another process finds it: the SQLite file, or the PostgreSQL URL and schema. */
  location: { target: string; schema: string };
}> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "civitas-jobs-"));
    const file = path.join(dir, "civitas.db");
    return {
      location: { target: file, schema: "" },
      async open() {
        const database = openDatabase<DB>({ dialect: "sqlite", file });
        await migrateToLatest(database.db, MIGRATIONS);
        return database;
      },
      async cleanup() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  // The test database owns the schema (and drops it); each open is a separate pool on it.
  const owner = await createTestDatabase("postgres");
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
    owner.db,
  );
  const schema = rows[0]?.schema ?? "";
  return {
    location: { target: TEST_POSTGRES_URL, schema },
    async open() {
      return openDatabase<DB>({ dialect: "postgres", url: TEST_POSTGRES_URL, schema, poolSize: 2 });
    },
    cleanup: () => owner.destroy(),
  };
}
