import { type Kysely, sql } from "kysely";
import { idColumn } from "./helpers.js";

// Timestamps are ISO-8601 UTC text ("2021-10-19T09:00:00.000Z") on both engines:
// they sort and compare correctly as text and read the same everywhere.

/** Creates users, media, tags, items, revisions and the change counter. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);

  await db.schema
    .createTable("users")
    .addColumn("id", "integer", id)
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) =>
      c.notNull().check(sql`role in ('admin', 'editor', 'reviewer')`),
    )
    .addColumn("password_hash", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("disabled_at", "text")
    .execute();

  await db.schema
    .createTable("media")
    .addColumn("id", "integer", id)
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('image', 'document')`))
    .addColumn("storage_key", "text", (c) => c.notNull().unique())
    .addColumn("checksum", "text", (c) => c.notNull().unique())
    .addColumn("original_name", "text", (c) => c.notNull())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("bytes", "integer", (c) => c.notNull())
    .addColumn("width", "integer")
    .addColumn("height", "integer")
    .addColumn("variants", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("alt_text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("tags")
    .addColumn("id", "integer", id)
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("items")
    .addColumn("id", "integer", id)
    .addColumn("type", "text", (c) =>
      c.notNull().check(sql`type in ('news', 'resource', 'event', 'page')`),
    )
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("source_language", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('draft', 'scheduled', 'published', 'archived')`),
    )
    .addColumn("author_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("latest_revision_id", "integer")
    .addColumn("published_revision_id", "integer")
    .addColumn("published_at", "text")
    .addColumn("content_updated_at", "text")
    .addColumn("scheduled_for", "text")
    .addColumn("is_featured", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("items_type_slug_unique", ["type", "slug"])
    .execute();
  await db.schema
    .createIndex("items_published_revision_idx")
    .on("items")
    .column("published_revision_id")
    .execute();
  await db.schema
    .createIndex("items_listing_idx")
    .on("items")
    .columns(["type", "status", "published_at"])
    .execute();

  await db.schema
    .createTable("revisions")
    .addColumn("id", "integer", id)
    .addColumn("item_id", "integer", (c) => c.notNull().references("items.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("word_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("hero_media_id", "integer", (c) => c.references("media.id"))
    .addColumn("hero_caption", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("hero_alt", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("video_url", "text")
    .addColumn("starts_at", "text")
    .addColumn("ends_at", "text")
    .addColumn("time_zone", "text")
    .addColumn("location", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("attendance_mode", "text")
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("author_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    // The large texts last: SQLite reads a row's columns in order, so every
    // column after them would cost a walk through their overflow pages.
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body_html", "text", (c) => c.notNull().defaultTo(""))
    .addUniqueConstraint("revisions_item_number_unique", ["item_id", "number"])
    .execute();
  await db.schema
    .createIndex("revisions_starts_at_idx")
    .on("revisions")
    .column("starts_at")
    .execute();

  await db.schema
    .createTable("revision_tags")
    .addColumn("revision_id", "integer", (c) =>
      c.notNull().references("revisions.id").onDelete("cascade"),
    )
    .addColumn("tag_id", "integer", (c) => c.notNull().references("tags.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("revision_tags_pk", ["revision_id", "tag_id"])
    .execute();
  await db.schema
    .createIndex("revision_tags_tag_idx")
    .on("revision_tags")
    .column("tag_id")
    .execute();

  await db.schema
    .createTable("revision_attachments")
    .addColumn("revision_id", "integer", (c) =>
      c.notNull().references("revisions.id").onDelete("cascade"),
    )
    .addColumn("media_id", "integer", (c) => c.notNull().references("media.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("revision_attachments_pk", ["revision_id", "position"])
    .execute();

  await db.schema
    .createTable("change_counters")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("version", "integer", (c) => c.notNull())
    .execute();
  await sql`insert into change_counters (name, version) values ('content', 0)`.execute(db);
}

/** Drops what up created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "change_counters",
    "revision_attachments",
    "revision_tags",
    "revisions",
    "items",
    "tags",
    "media",
    "users",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
