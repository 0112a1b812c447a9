import type { Kysely } from "kysely";
import { idColumn } from "./helpers.js";

/**
 * Creates translation_reports: what readers say about a translated sentence.
 * A report names the unit and, so that it survives the unit's replacement,
 * the source segment's hash and the language.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("translation_reports")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("unit_id", "integer", (c) =>
      c.references("translation_units.id").onDelete("set null"),
    )
    .addColumn("source_hash", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("item_id", "integer", (c) => c.references("items.id").onDelete("set null"))
    // What the reader saw: plain text, never HTML.
    .addColumn("quoted_text", "text", (c) => c.notNull())
    .addColumn("suggestion", "text", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull())
    // Optional, for a reply; never shown on a public page.
    .addColumn("email", "text")
    // sha256 of the address: enough to see a flood, not to know the reader.
    .addColumn("ip_hash", "text", (c) => c.notNull())
    // open | closed
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("closed_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("closed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("translation_reports_unit_idx")
    .on("translation_reports")
    .columns(["source_hash", "language", "status"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("translation_reports").execute();
}
