import { type Kysely, sql } from "kysely";
import { idColumn } from "./helpers.js";

/**
 * Translation assignments: an editor gives an item's language to a translator
 * with a due date; and each user's preferred language, in which the
 * notifications they receive are written (none: the site's source language).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("translation_assignments")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("item_id", "integer", (c) => c.notNull().references("items.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("assignee_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("assigned_by", "integer", (c) => c.references("users.id"))
    // An instant (ISO-8601 UTC): the editor typed it in their own time zone.
    .addColumn("due_at", "text", (c) => c.notNull())
    // open | done | cancelled
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open"))
    .addColumn("completed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // One open assignment per item and language: assigning again reassigns it.
  await db.schema
    .createIndex("translation_assignments_open")
    .on("translation_assignments")
    .columns(["item_id", "language"])
    .unique()
    .where(sql.ref("status"), "=", "open")
    .execute();
  await db.schema
    .createIndex("translation_assignments_assignee")
    .on("translation_assignments")
    .columns(["assignee_id", "status", "due_at"])
    .execute();
  await db.schema.alterTable("users").addColumn("preferred_language", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("preferred_language").execute();
  await db.schema.dropTable("translation_assignments").execute();
}
