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

/**
 * A migrated, empty database of the given engine that the test owns, gone on
 * destroy. On PostgreSQL it is a schema of the test database; a schema given
 * back by an earlier test of this worker is emptied and renamed rather than
 * created anew (see `giveBack`).
 */
export async function createTestDatabase(dialect: DialectName): Promise<Database<DB>> {
  if (dialect === "sqlite") {
    const database = openDatabase<DB>({ dialect: "sqlite", file: ":memory:" });
    await migrateToLatest(database.db, MIGRATIONS);
    return database;
  }
  const schema = testSchemaName();
  const database = await usingAdmin((admin) => createTestSchema(admin, schema));
  return {
    ...database,
    async destroy() {
      await database.destroy();
      const isKept = await usingAdmin((admin) => giveBack(admin, schema));
      if (!isKept) await dropTestSchema(schema);
    },
  };
}

/** A migrated schema named `schema` (an emptied one renamed, else the run's template replayed), opened. */
async function createTestSchema(admin: pg.Client, schema: string): Promise<Database<DB>> {
  let database: Database<DB>;
  let isSharedLocked = false;
  try {
    const reused = emptiedSchemas.pop();
    if (reused !== undefined) {
      // A new name: a connection some earlier test left open finds no table under the old one.
      // The rename takes the old name away as a drop does (a migration introspecting every
      // schema then failed with 'schema "t_…" does not exist'): it holds the lock exclusively.
      await admin.query("select pg_advisory_lock($1)", [SCHEMA_LOCK]);
      try {
        await admin.query(`alter schema ${reused} rename to ${schema}`);
      } finally {
        await admin.query("select pg_advisory_unlock($1)", [SCHEMA_LOCK]);
      }
    } else {
      // Kysely's migrator introspects every schema of the database; a schema dropped or
      // renamed by a test running in parallel at that moment makes it fail. Migrations hold
      // a shared advisory lock and drops and renames take it exclusively, so they never overlap.
      await admin.query("select pg_advisory_lock_shared($1)", [SCHEMA_LOCK]);
      isSharedLocked = true;
      const template = migratedSchemaTemplate();
      if (template === undefined) await admin.query(`create schema ${schema}`);
      // The run's migrated schema, replayed under this name: ~0.1 s against ~2 s for
      // the 18 migrations one by one, in each of the suite's hundreds of PostgreSQL tests.
      else await admin.query(template.replaceAll(TEMPLATE_SCHEMA_TOKEN, schema));
    }
    database = openDatabase<DB>({
      dialect: "postgres",
      url: TEST_POSTGRES_URL,
      schema,
      poolSize: 4,
    });
    if (reused === undefined && migratedSchemaTemplate() === undefined)
      await migrateToLatest(database.db, MIGRATIONS, { schema });
    if (reused === undefined) pristineShape ??= (await schemaShape(admin, schema)).shape;
  } finally {
    if (isSharedLocked) await admin.query("select pg_advisory_unlock_shared($1)", [SCHEMA_LOCK]);
  }
  return database;
}

let adminConnection: Promise<pg.Client> | undefined;

/**
 * The worker's own connection for creating, emptying and renaming its test
 * schemas, opened once: a connection costs the server ~22 ms of CPU here (a
 * new backend process), and each test database opened and closed two of them.
 * Its queries run one after another; a lock it takes is given back by the
 * same code path. Another is opened if it breaks. Its socket keeps the worker
 * alive only while it is used (`usingAdmin`): the worker exits when vitest is
 * done with it.
 */
async function usingAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await workerAdmin();
  const socket = client.connection.stream as { ref?: () => void; unref?: () => void };
  if (adminUsers++ === 0) socket.ref?.();
  try {
    return await run(client);
  } finally {
    if (--adminUsers === 0) socket.unref?.();
  }
}

let adminUsers = 0;

function workerAdmin(): Promise<pg.Client> {
  adminConnection ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    client.on("error", () => {
      adminConnection = undefined;
    });
    client.on("end", () => {
      adminConnection = undefined;
    });
    await client.connect();
    return client;
  })();
  const opening = adminConnection;
  opening.catch(() => {
    if (adminConnection === opening) adminConnection = undefined;
  });
  return opening;
}

/**
 * An empty PostgreSQL schema the test owns (dropped on destroy), for tests of
 * migrations themselves; `migrating` runs the migrator under the lock that
 * keeps test schemas from being dropped while it introspects them. Cheaper
 * than a database of its own, whose creation and forced drop waited seconds
 * for the server while the rest of the suite wrote.
 */
export async function createEmptyTestSchema(): Promise<{
  database: Database<DB>;
  schema: string;
  migrating<T>(run: () => Promise<T>): Promise<T>;
}> {
  const schema = testSchemaName();
  await asAdmin(`create schema ${schema}`);
  const database = openDatabase<DB>({
    dialect: "postgres",
    url: TEST_POSTGRES_URL,
    schema,
    poolSize: 2,
  });
  return {
    schema,
    database: {
      ...database,
      async destroy() {
        await database.destroy();
        await dropTestSchema(schema);
      },
    },
    migrating: (run) => withSchemaLock("shared", run),
  };
}

/**
 * Drops a test schema, holding the lock that keeps drops and migrations apart
 * (the global setup's clean-up of dead runs' schemas too).
 */
export async function dropTestSchema(schema: string): Promise<void> {
  await withSchemaLock("exclusive", (client) =>
    client.query(`drop schema if exists ${schema} cascade`),
  );
}

/** Runs `run` holding the test schemas' advisory lock, shared (migrations) or exclusive (drops). */
async function withSchemaLock<T>(
  mode: "shared" | "exclusive",
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(
      mode === "shared" ? "select pg_advisory_lock_shared($1)" : "select pg_advisory_lock($1)",
      [SCHEMA_LOCK],
    );
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Schemas of this worker that a test gave back, emptied to the state the
 * migrations leave: creating one from the template cost ~0.29 s and dropping
 * it ~0.09 s, emptying one ~0.03 s, in each of the run's hundreds of
 * PostgreSQL test databases.
 */
const emptiedSchemas: string[] = [];
/** The shape (tables, columns, constraints, functions) of a schema as the template makes it. */
let pristineShape: string | undefined;

/**
 * Empties a schema a test is done with and keeps it for the next test, if its
 * shape is still the template's (a test that created or altered a table has
 * its schema dropped instead) and the rows the migrations write can be put
 * back (the template's data); false when the schema must be dropped.
 */
async function giveBack(client: pg.Client, schema: string): Promise<boolean> {
  const rows = migratedSchemaRows();
  if (rows === undefined || pristineShape === undefined) return false;
  const { shape, tables, sequences } = await schemaShape(client, schema);
  if (shape !== pristineShape) return false;
  try {
    await client.query(
      [
        "begin",
        // Rows go in any order: foreign keys are not checked while the schema is emptied.
        "set local session_replication_role = replica",
        ...tables.map((table) => `delete from ${schema}.${table}`),
        ...sequences.map((sequence) => `alter sequence ${schema}.${sequence} restart`),
        rows.replaceAll(TEMPLATE_SCHEMA_TOKEN, schema),
        "commit",
      ].join(";\n"),
    );
  } catch {
    await client.query("rollback").catch(() => undefined);
    return false;
  }
  emptiedSchemas.push(schema);
  return true;
}

/** What tells a schema's structure apart (names, types, constraints, function bodies), and its tables and sequences. */
async function schemaShape(
  client: pg.Client,
  schema: string,
): Promise<{ shape: string; tables: string[]; sequences: string[] }> {
  const { rows } = await client.query<{ shape: string; tables: string[]; sequences: string[] }>(
    `select
       (select md5(string_agg(x, ',' order by x)) from (
          select c.relname::text || ':' || c.relkind::text as x from pg_class c where c.relnamespace = $1::text::regnamespace
          union all
          select c.relname::text || '.' || a.attname::text || ':' || format_type(a.atttypid, a.atttypmod) ||
                 ':' || a.attnotnull::text || ':' || a.attisdropped::text || ':' || a.atthasdef::text
            from pg_attribute a join pg_class c on c.oid = a.attrelid
            where c.relnamespace = $1::text::regnamespace and a.attnum > 0
          union all
          select conname::text || ':' || contype::text || ':' || replace(pg_get_constraintdef(oid), $1::text || '.', '') from pg_constraint
            where connamespace = $1::text::regnamespace
          union all
          select proname::text || ':' || md5(prosrc) from pg_proc where pronamespace = $1::text::regnamespace
       ) parts) as shape,
       array(select tablename::text from pg_tables where schemaname = $1::text order by 1) as tables,
       array(select sequencename::text from pg_sequences where schemaname = $1::text order by 1) as sequences`,
    [schema],
  );
  const row = rows[0];
  if (!row) throw new Error(`schema ${schema} not found`);
  return row;
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
  await asAdmin(`create database ${name}`);
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => asAdmin(`drop database if exists ${name} with (force)`),
  };
}

/** One statement on a connection of its own to the test server (creating or dropping what tests own). */
async function asAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Where the global setup leaves the run's migrated schema as SQL (see writeMigratedSchemaTemplate). */
const TEMPLATE_ENV = "CIVITAS_TEST_PG_TEMPLATE";
/** Stands for the schema's name in the template's SQL. */
const TEMPLATE_SCHEMA_TOKEN = "civitas_test_schema_placeholder";
let templateSql: string | undefined;
let templateRows: string | undefined;

/** The run's migrated schema as SQL, if the global setup wrote one (pg_dump was there). */
function migratedSchemaTemplate(): string | undefined {
  const file = process.env[TEMPLATE_ENV];
  if (file === undefined || file === "") return undefined;
  templateSql ??= fs.readFileSync(file, "utf8");
  return templateSql;
}

/** The rows the migrations write, as SQL (the template's data alone), if the global setup wrote them. */
function migratedSchemaRows(): string | undefined {
  const file = process.env[TEMPLATE_ENV];
  if (file === undefined || file === "") return undefined;
  templateRows ??= fs.readFileSync(`${file}.rows`, "utf8");
  return templateRows;
}

/** pid and creation time in the name let a later run tell an abandoned schema from a live one. */
function testSchemaName(): string {
  return `t_${process.pid}_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString("hex")}`;
}

/**
 * Migrates one schema, dumps it as SQL (tables, indexes, sequences and the rows
 * the migrations write, the migrator's own included) with its name as a token,
 * and points the run's test workers at the file, and at a second one with the
 * rows alone (what an emptied schema gets back); without pg_dump, tests migrate
 * each schema themselves. Called once per run by the global setup.
 */
export async function writeMigratedSchemaTemplate(file: string): Promise<void> {
  const database = await createTestDatabase("postgres");
  let dumped: { schema: string; rows: string } | undefined;
  try {
    const schema = await database.db
      .selectNoFrom((eb) => eb.fn<string>("current_schema").as("name"))
      .executeTakeFirstOrThrow();
    const dump = (extra: string[]) =>
      execFileSync(
        "pg_dump",
        [
          "--schema",
          schema.name,
          "--no-owner",
          "--no-privileges",
          "--no-comments",
          "--inserts",
          ...extra,
          TEST_POSTGRES_URL,
        ],
        { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 },
      )
        // psql's own commands (pg_dump writes \\restrict and \\unrestrict) are not SQL.
        .split("\n")
        .filter((line) => !line.startsWith("\\"))
        .join("\n")
        .replaceAll(schema.name, TEMPLATE_SCHEMA_TOKEN);
    try {
      dumped = { schema: dump([]), rows: dump(["--data-only"]) };
    } catch {
      return; // No pg_dump (or one that can't read this server): each test migrates its own.
    }
  } finally {
    // Dropped: the files are not named yet, so this schema is not kept for reuse.
    await database.destroy();
  }
  fs.writeFileSync(file, dumped.schema);
  fs.writeFileSync(`${file}.rows`, dumped.rows);
  process.env[TEMPLATE_ENV] = file;
}
