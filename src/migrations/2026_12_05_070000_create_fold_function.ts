import { type Kysely, PostgresAdapter, sql } from "kysely";
import { FOLD_FROM, FOLD_TO } from "../platform/db/fold.js";

/**
 * `civitas_fold(text)`: the folding of the workspace's list searches (accents
 * off, lowercase; see platform/db/fold.ts). PostgreSQL gets it as an immutable
 * SQL function; SQLite has no stored functions: `openDatabase` registers the
 * same one on each connection.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create or replace function civitas_fold(text) returns text
    language sql immutable strict parallel safe
    as ${sql.lit(`select lower(translate($1, '${FOLD_FROM}', '${FOLD_TO}'))`)}
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`drop function if exists civitas_fold(text)`.execute(db);
}
