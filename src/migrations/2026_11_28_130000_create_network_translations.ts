import type { Kysely } from "kysely";

/**
 * Creates `network_translations`: the assembled translation of each
 * reader-facing text of the network module (a city's profile, an event's
 * title…) per language, with what the language's policy needs to decide
 * whether readers see it (state, error count) and the hash of the source it
 * was made from (a changed source shows the previous translation until the new
 * one is ready).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("network_translations")
    // cities | hubs | people | organisations | network_events | event_sessions
    .addColumn("table_name", "text", (c) => c.notNull())
    .addColumn("row_id", "integer", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    // machine | reviewed (every unit reviewed)
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("error_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("source_hash", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("network_translations_pk", [
      "table_name",
      "row_id",
      "language",
      "field",
    ])
    .execute();
}

/** Drops what up created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("network_translations").execute();
}
