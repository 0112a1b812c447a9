import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DB } from "../database.js";
import { MIGRATIONS } from "../migrations/index.js";
import { type Database, type DialectName, openDatabase } from "../platform/db/database.js";
import { migrateToLatest } from "../platform/db/migrate.js";

/** Advisory lock key that orders test-schema migrations against test-schema drops. */
const SCHEMA_LOCK = 724_242;

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
  // pid and creation time in the name let a later run tell an abandoned schema from a live one.
  const schema = `t_${process.pid}_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString("hex")}`;
  // Kysely's migrator introspects every schema of the database; a schema dropped
  // by a test running in parallel at that moment makes it fail. Migrations hold
  // a shared advisory lock and drops take it exclusively, so the two never overlap.
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  let database: Database<DB>;
  try {
    await admin.query("select pg_advisory_lock_shared($1)", [SCHEMA_LOCK]);
    await admin.query(`create schema ${schema}`);
    database = openDatabase<DB>({
      dialect: "postgres",
      url: TEST_POSTGRES_URL,
      schema,
      poolSize: 4,
    });
    await migrateToLatest(database.db, MIGRATIONS, { schema });
  } finally {
    await admin.end();
  }
  return {
    ...database,
    async destroy() {
      await database.destroy();
      const cleanup = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await cleanup.connect();
      try {
        await cleanup.query("select pg_advisory_lock($1)", [SCHEMA_LOCK]);
        await cleanup.query(`drop schema ${schema} cascade`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/**
 * A PostgreSQL database of its own, empty, for processes started with
 * DATABASE_URL (a CLI or `civitas serve` under test, which use the default
 * schema); `drop` removes it, disconnecting whoever is left.
 */
export async function createScratchPostgresDatabase(): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  // Named like test schemas: pid and creation time tell an abandoned one from a live one.
  const name = `t_${process.pid}_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
