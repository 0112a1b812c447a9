import { type Kysely, PostgresAdapter, sql } from "kysely";
import { idColumn } from "./helpers.js";

/**
 * Creates the search index: `search_documents` (one row per indexed text and
 * language, what results show) and `search_document_tags`; on SQLite an FTS5
 * table `search_index` keyed by the document id, on PostgreSQL a `document`
 * tsvector column with a GIN index. Both hold tokens already analysed by the
 * application (folded, stemmed), so the engines agree.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("search_documents")
    .addColumn("id", "integer", idColumn(db))
    // news | resource | event | page | city | hub | person
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ref_id", "integer", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("is_source", "integer", (c) => c.notNull())
    .addColumn("scopes", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("year", "text")
    .addColumn("region", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("search_documents_ref_uq", ["kind", "ref_id", "language"])
    .execute();
  await db.schema
    .createTable("search_document_tags")
    .addColumn("document_id", "integer", (c) =>
      c.notNull().references("search_documents.id").onDelete("cascade"),
    )
    .addColumn("tag_id", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("search_document_tags_pk", ["document_id", "tag_id"])
    .execute();
  await db.schema
    .createIndex("search_document_tags_tag_idx")
    .on("search_document_tags")
    .columns(["tag_id", "document_id"])
    .execute();
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

/** Drops what up created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter))
    await sql`drop table if exists search_index`.execute(db);
  await db.schema.dropTable("search_document_tags").execute();
  await db.schema.dropTable("search_documents").execute();
}
