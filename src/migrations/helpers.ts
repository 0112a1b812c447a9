import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from "kysely";

/** Adds the right auto-increment primary key for the engine the migration runs on. */
export function idColumn(db: Kysely<unknown>) {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    isPostgres ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement();
}
