import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
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
  const schema = testSchemaName();
  // Kysely's migrator introspects every schema of the database; a schema dropped
  // by a test running in parallel at that moment makes it fail. Migrations hold
  // a shared advisory lock and drops take it exclusively, so the two never overlap.
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  let database: Database<DB>;
  try {
    await admin.query("select pg_advisory_lock_shared($1)", [SCHEMA_LOCK]);
    const template = migratedSchemaTemplate();
    if (template === undefined) await admin.query(`create schema ${schema}`);
    // The run's migrated schema, replayed under this name: ~0.1 s against ~2 s for
    // the 18 migrations one by one, in each of the suite's hundreds of PostgreSQL tests.
    else await admin.query(template.replaceAll(TEMPLATE_SCHEMA_TOKEN, schema));
    database = openDatabase<DB>({
      dialect: "postgres",
      url: TEST_POSTGRES_URL,
      schema,
      poolSize: 4,
    });
    if (template === undefined) await migrateToLatest(database.db, MIGRATIONS, { schema });
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

/** Where the global setup leaves the run's migrated schema as SQL (see writeMigratedSchemaTemplate). */
const TEMPLATE_ENV = "CIVITAS_TEST_PG_TEMPLATE";
/** Stands for the schema's name in the template's SQL. */
const TEMPLATE_SCHEMA_TOKEN = "civitas_test_schema_placeholder";
let templateSql: string | undefined;

/** The run's migrated schema as SQL, if the global setup wrote one (pg_dump was there). */
function migratedSchemaTemplate(): string | undefined {
  const file = process.env[TEMPLATE_ENV];
  if (file === undefined || file === "") return undefined;
  templateSql ??= fs.readFileSync(file, "utf8");
  return templateSql;
}

/** pid and creation time in the name let a later run tell an abandoned schema from a live one. */
function testSchemaName(): string {
  return `t_${process.pid}_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString("hex")}`;
}

/**
 * Migrates one schema, dumps it as SQL (tables, indexes, sequences and the rows
 * the migrations write, the migrator's own included) with its name as a token,
 * and points the run's test workers at the file; without pg_dump, tests migrate
 * each schema themselves. Called once per run by the global setup.
 */
export async function writeMigratedSchemaTemplate(file: string): Promise<void> {
  const database = await createTestDatabase("postgres");
  try {
    const schema = await database.db
      .selectNoFrom((eb) => eb.fn<string>("current_schema").as("name"))
      .executeTakeFirstOrThrow();
    let sql: string;
    try {
      sql = execFileSync(
        "pg_dump",
        [
          "--schema",
          schema.name,
          "--no-owner",
          "--no-privileges",
          "--no-comments",
          "--inserts",
          TEST_POSTGRES_URL,
        ],
        { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 },
      );
    } catch {
      return; // No pg_dump (or one that can't read this server): each test migrates its own.
    }
    // psql's own commands (pg_dump writes \\restrict and \\unrestrict) are not SQL.
    const statements = sql
      .split("\n")
      .filter((line) => !line.startsWith("\\"))
      .join("\n");
    fs.writeFileSync(file, statements.replaceAll(schema.name, TEMPLATE_SCHEMA_TOKEN));
    process.env[TEMPLATE_ENV] = file;
  } finally {
    await database.destroy();
  }
}
