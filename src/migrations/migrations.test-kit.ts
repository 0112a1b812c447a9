import { type Migration, type MigrationResultSet, Migrator } from "kysely";
import type { DB } from "../database.js";
import { type Database, type DialectName, openDatabase } from "../platform/db/database.js";
import { migrateToLatest } from "../platform/db/migrate.js";
import { createEmptyTestSchema } from "../test-support/databases.js";
import { MIGRATIONS } from "./index.js";

/** A database for testing one migration, and how to run migrations on it. */
export interface MigrationTestDatabase {
  db: Database<DB>["db"];
  /** Every migration before the one tested. */
  before: Record<string, Migration>;
  /** Up to the one tested: going down one step then undoes it, whatever comes after it. */
  upToThis: Record<string, Migration>;
  migrate(migrations: Record<string, Migration>): Promise<unknown>;
  /** Down by one step. */
  migrateDown(migrations: Record<string, Migration>): Promise<MigrationResultSet>;
}

/**
 * A database migrated up to the one before migration `name`: in memory on
 * SQLite; on PostgreSQL a schema of its own, migrated under the test schemas'
 * lock (the migrator reads every schema). `cleanups` gets what closes it.
 */
export async function databaseBeforeMigration(
  dialect: DialectName,
  name: string,
  cleanups: (() => Promise<void>)[],
): Promise<MigrationTestDatabase> {
  const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n < name));
  const upToThis = Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n <= name));
  if (dialect === "sqlite") {
    const database = openDatabase<DB>({ dialect: "sqlite", file: ":memory:" });
    cleanups.push(database.destroy);
    await migrateToLatest(database.db, before);
    return {
      db: database.db,
      before,
      upToThis,
      migrate: (migrations) => migrateToLatest(database.db, migrations),
      migrateDown: (migrations) =>
        new Migrator({
          db: database.db,
          provider: { getMigrations: async () => migrations },
        }).migrateDown(),
    };
  }
  const { database, schema, migrating } = await createEmptyTestSchema();
  cleanups.push(database.destroy);
  const migrate = (migrations: Record<string, Migration>) =>
    migrating(() => migrateToLatest(database.db, migrations, { schema }));
  await migrate(before);
  return {
    db: database.db,
    before,
    upToThis,
    migrate,
    migrateDown: (migrations) =>
      migrating(() =>
        new Migrator({
          db: database.db,
          provider: { getMigrations: async () => migrations },
          migrationTableSchema: schema,
        }).migrateDown(),
      ),
  };
}
