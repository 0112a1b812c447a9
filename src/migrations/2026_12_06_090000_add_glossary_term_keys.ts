import { type Kysely, sql } from "kysely";

/**
 * Glossary terms compared as JavaScript compares them, on both engines: each
 * row stores `source_key` and `target_key` (NFC, then lowercase, computed in
 * Node; see modules/translation/glossary-key.ts), and the unique indexes cover
 * them instead of SQL `lower()`, which folds ASCII only on SQLite and follows
 * the server's locale on PostgreSQL.
 *
 * Rows that become one term under the new keys (on SQLite "ÉNERGIE" and
 * "énergie" could both be stored) are settled as saving them again, newest
 * last, would have: of the rows of one source and target term the newest
 * stays; of several preferred translations of one source term the newest stays
 * preferred and the others become admitted (a do-not-translate row, which can
 * only be preferred, goes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The migrator runs PostgreSQL's migrations in a transaction, not SQLite's: this
  // one's backfill is one commit there too, and a crash leaves the old indexes.
  if (db.isTransaction) await addKeys(db);
  else await db.transaction().execute(addKeys);
}

/** Back to `lower()`; rows that its lowercase takes for one term (İ and i) make it fail. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index glossary_terms_pair_key`.execute(db);
  await sql`drop index glossary_terms_key`.execute(db);
  await sql`create unique index glossary_terms_key on glossary_terms (source_language, target_language, lower(source_term)) where status = 'preferred'`.execute(
    db,
  );
  await sql`create unique index glossary_terms_pair_key on glossary_terms (source_language, target_language, lower(source_term), lower(coalesce(target_term, '')))`.execute(
    db,
  );
  await db.schema.alterTable("glossary_terms").dropColumn("target_key").execute();
  await db.schema.alterTable("glossary_terms").dropColumn("source_key").execute();
}

/** Adds and fills the keys, rows settled, and the unique indexes on them. */
async function addKeys(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("glossary_terms")
    .addColumn("source_key", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("glossary_terms")
    .addColumn("target_key", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await sql`drop index glossary_terms_pair_key`.execute(db);
  await sql`drop index glossary_terms_key`.execute(db);

  // Without the app's CamelCasePlugin: the names below are the columns' own.
  const terms = db.withoutPlugins().withTables<{ glossary_terms: GlossaryTermRow }>();
  const rows = await terms
    .selectFrom("glossary_terms")
    .select(["id", "source_language", "target_language", "source_term", "target_term", "status"])
    .orderBy("updated_at", "desc")
    .orderBy("id", "desc")
    .execute();
  const pairs = new Set<string>();
  const preferred = new Set<string>();
  for (const row of rows) {
    const sourceKey = glossaryKey(row.source_term);
    const targetKey = glossaryKey(row.target_term ?? "");
    const term = `${row.source_language}\n${row.target_language}\n${sourceKey}`;
    const pair = `${term}\n${targetKey}`;
    const isSecondPreferred = row.status === "preferred" && preferred.has(term);
    if (pairs.has(pair) || (isSecondPreferred && row.target_term === null)) {
      await terms.deleteFrom("glossary_terms").where("id", "=", row.id).execute();
      continue;
    }
    const status = isSecondPreferred ? "admitted" : row.status;
    pairs.add(pair);
    if (status === "preferred") preferred.add(term);
    await terms
      .updateTable("glossary_terms")
      .set({ source_key: sourceKey, target_key: targetKey, status })
      .where("id", "=", row.id)
      .execute();
  }

  await sql`create unique index glossary_terms_key on glossary_terms (source_language, target_language, source_key) where status = 'preferred'`.execute(
    db,
  );
  await sql`create unique index glossary_terms_pair_key on glossary_terms (source_language, target_language, source_key, target_key)`.execute(
    db,
  );
}

/** The columns of glossary_terms this migration reads and writes. */
interface GlossaryTermRow {
  id: number;
  source_language: string;
  target_language: string;
  source_term: string;
  target_term: string | null;
  status: string;
  updated_at: string;
  source_key: string;
  target_key: string;
}

/** A copy of glossaryKey (modules/translation/glossary-key.ts) as it was when this migration was written. */
function glossaryKey(text: string): string {
  return text.normalize("NFC").toLowerCase();
}
