import { type Kysely, type Migration, type MigrationResultSet, Migrator } from "kysely";

/**
 * Applies every pending migration in name order and throws if one fails;
 * the migrations are passed in so platform never imports them.
 */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  migrations: Record<string, Migration>,
  options: { schema?: string } = {},
): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // With several schemas in one database, Kysely must look for its own tables in ours only.
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    throw new Error(`Migration ${failed?.migrationName ?? "(unknown)"} failed`, {
      cause: result.error,
    });
  }
  return result;
}

/** How many of the migrations the database has applied and how many are pending; reads only (no table is created). */
export async function countMigrations<DB>(
  db: Kysely<DB>,
  migrations: Record<string, Migration>,
): Promise<{ applied: number; pending: number }> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const infos = await migrator.getMigrations();
  const applied = infos.filter((info) => info.executedAt !== undefined).length;
  return { applied, pending: infos.length - applied };
}
