import type { Kysely } from "kysely";

/**
 * What an import made from each thing of a source (a WordPress post keyed by
 * its site and post id), so importing again updates instead of duplicating;
 * and the old addresses that answer 301 to the new ones.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("import_mappings")
    // "wordpress:https://example.org"
    .addColumn("source", "text", (c) => c.notNull())
    // "item", "media", "tag"
    .addColumn("kind", "text", (c) => c.notNull())
    // The source's own id: a WordPress post id, an attachment's uploads path.
    .addColumn("source_key", "text", (c) => c.notNull())
    .addColumn("target_id", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("import_mappings_pk", ["source", "kind", "source_key"])
    .execute();
  await db.schema
    .createTable("redirects")
    // Path and query of the old address, as a request's URL shows it ("/?p=12", "/2020/05/hello/").
    .addColumn("from_path", "text", (c) => c.primaryKey())
    .addColumn("to_path", "text", (c) => c.notNull())
    // Who made it: "wordpress:https://example.org".
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("redirects").execute();
  await db.schema.dropTable("import_mappings").execute();
}
