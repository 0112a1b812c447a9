import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DB } from "../database.js";
import { MIGRATIONS } from "../migrations/index.js";
import { type Database, type DialectName, openDatabase } from "../platform/db/database.js";
import { migrateToLatest } from "../platform/db/migrate.js";

/** Both engines: every repository and route test runs once per entry. */
export const DIALECTS: readonly DialectName[] = ["sqlite", "postgres"];

/** The PostgreSQL server tests use; CI starts one, and a test run fails if none answers. */
export const TEST_POSTGRES_URL =
  process.env.CIVITAS_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A migrated, empty database of the given engine that the test owns, dropped on destroy. */
export async function createTestDatabase(dialect: DialectName): Promise<Database<DB>> {
  if (dialect === "sqlite") {
    const database = openDatabase<DB>({ dialect: "sqlite", file: ":memory:" });
    await migrateToLatest(database.db, MIGRATIONS);
    return database;
  }
  const schema = `t_${process.pid}_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const database = openDatabase<DB>({
    dialect: "postgres",
    url: TEST_POSTGRES_URL,
    schema,
    poolSize: 4,
  });
  await migrateToLatest(database.db, MIGRATIONS, { schema });
  return {
    ...database,
    async destroy() {
      await database.destroy();
      const cleanup = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await cleanup.connect();
      try {
        await cleanup.query(`drop schema ${schema} cascade`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
