import { type Kysely, PostgresAdapter, sql } from "kysely";
import * as createSearch from "./2026_11_28_150000_create_search.js";
import { idColumn } from "./helpers.js";

/**
 * Lays the search index out again for bounded searches (the index is derived
 * data: it is emptied here and rebuilt by the `RebuildSearchIndexTask` the
 * application queues when `search_index_state` is missing or stale):
 * - `search_documents` puts what searches read for every match (kind, year,
 *   region, tags, the title's tokens) before the long texts, so SQLite reads
 *   them without following the body's overflow pages;
 * - `tag_ids` replaces `search_document_tags`: facets are counted from the
 *   rows a search reads anyway, without a join;
 * - `title_tokens`: the analysed title, to order a broad query's matches by
 *   their titles without analysing them again;
 * - `search_index_state`: the analyzer version the index was built with.
 * Ids go on from the last one the old table gave: a document id is never
 * reused, which servers still running rely on (src/modules/search/window-rows.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const lastId = await lastDocumentId(db, isPostgres);
  await createSearch.down(db);
  await db.schema
    .createTable("search_documents")
    .addColumn("id", "integer", idColumn(db))
    // news | resource | event | page | city | hub | person
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ref_id", "integer", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("is_source", "integer", (c) => c.notNull())
    .addColumn("year", "text")
    .addColumn("region", "text")
    // Space-separated ids of the tags of the live revision.
    .addColumn("tag_ids", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("scopes", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("title_tokens", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addUniqueConstraint("search_documents_ref_uq", ["kind", "ref_id", "language"])
    .execute();
  await db.schema
    .createTable("search_index_state")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("analyzer_version", "integer", (c) => c.notNull())
    .addColumn("built_at", "text", (c) => c.notNull())
    .execute();
  if (lastId > 0) await continueIdsAfter(db, isPostgres, lastId);
  if (isPostgres) {
    await sql`alter table search_documents add column document tsvector`.execute(db);
    await sql`create index search_documents_document_idx on search_documents using gin (document)`.execute(
      db,
    );
  } else {
    // Contentless: the text lives in search_documents; FTS5 keeps only the index.
    await sql`create virtual table search_index using fts5(
      title, body, meta,
      content = '', contentless_delete = 1,
      tokenize = "unicode61 remove_diacritics 0 tokenchars '_'",
      prefix = '2 3 4'
    )`.execute(db);
  }
}

/** The last id the documents table gave (deleted rows included), 0 if none. */
async function lastDocumentId(db: Kysely<unknown>, isPostgres: boolean): Promise<number> {
  const result = isPostgres
    ? await sql<{ id: string | null }>`
        select pg_sequence_last_value(pg_get_serial_sequence('search_documents', 'id')::regclass) as id`.execute(
        db,
      )
    : await sql<{ id: number | null }>`
        select seq as id from sqlite_sequence where name = 'search_documents'`.execute(db);
  return Number(result.rows[0]?.id ?? 0);
}

/** Makes the new documents table give ids after `lastId`. */
async function continueIdsAfter(
  db: Kysely<unknown>,
  isPostgres: boolean,
  lastId: number,
): Promise<void> {
  if (isPostgres)
    await sql`select setval(pg_get_serial_sequence('search_documents', 'id'), ${lastId})`.execute(
      db,
    );
  else
    await sql`insert into sqlite_sequence (name, seq) values ('search_documents', ${lastId})`.execute(
      db,
    );
}

/** Back to the first layout (empty: rebuild the index after). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("search_index_state").execute();
  if (!(db.getExecutor().adapter instanceof PostgresAdapter))
    await sql`drop table if exists search_index`.execute(db);
  await db.schema.dropTable("search_documents").execute();
  await createSearch.up(db);
}
