import { type Kysely, sql } from "kysely";
import { idColumn } from "./helpers.js";

/**
 * Creates the translation pipeline's tables: content-addressed source segments,
 * the segments each revision uses, translation units (the memory), fuzzy
 * matches, the glossary, assembled translations of revisions, each item's live
 * translation per language, localized slugs and translated tag names.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);

  await db.schema
    .createTable("source_segments")
    // sha256(language + "\n" + text): the same sentence anywhere is one segment.
    .addColumn("hash", "text", (c) => c.primaryKey())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("revision_segments")
    .addColumn("revision_id", "integer", (c) =>
      c.notNull().references("revisions.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    // title, summary, body, hero_caption, hero_alt, attachment:<position>, tag:<id>
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull().references("source_segments.hash"))
    .addPrimaryKeyConstraint("revision_segments_pk", ["revision_id", "position"])
    .execute();
  await db.schema
    .createIndex("revision_segments_hash_idx")
    .on("revision_segments")
    .column("hash")
    .execute();

  await db.schema
    .createTable("translation_units")
    .addColumn("id", "integer", id)
    .addColumn("source_hash", "text", (c) => c.notNull().references("source_segments.hash"))
    .addColumn("source_language", "text", (c) => c.notNull())
    .addColumn("target_language", "text", (c) => c.notNull())
    .addColumn("target_text", "text", (c) => c.notNull())
    // engine | memory | human
    .addColumn("origin", "text", (c) => c.notNull())
    // "apertium:en>es>fr" for engine units; "" otherwise
    .addColumn("route", "text", (c) => c.notNull().defaultTo(""))
    // machine | reviewed
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("unknown_words", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("findings", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("error_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("risk", "real", (c) => c.notNull().defaultTo(0))
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("reviewed_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("reviewed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("translation_units_key", ["source_hash", "target_language"])
    .execute();
  await db.schema
    .createIndex("translation_units_review_idx")
    .on("translation_units")
    .columns(["target_language", "state", "risk"])
    .execute();

  await db.schema
    .createTable("fuzzy_matches")
    .addColumn("unit_id", "integer", (c) =>
      c.notNull().references("translation_units.id").onDelete("cascade"),
    )
    .addColumn("match_unit_id", "integer", (c) =>
      c.notNull().references("translation_units.id").onDelete("cascade"),
    )
    .addColumn("similarity", "real", (c) => c.notNull())
    .addPrimaryKeyConstraint("fuzzy_matches_pk", ["unit_id", "match_unit_id"])
    .execute();

  await db.schema
    .createTable("glossary_terms")
    .addColumn("id", "integer", id)
    .addColumn("source_language", "text", (c) => c.notNull())
    // "*" for a do-not-translate term that holds for every target language
    .addColumn("target_language", "text", (c) => c.notNull())
    .addColumn("source_term", "text", (c) => c.notNull())
    // null: do not translate
    .addColumn("target_term", "text")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await sql`create unique index glossary_terms_key on glossary_terms (source_language, target_language, lower(source_term))`.execute(
    db,
  );

  await db.schema
    .createTable("localized_revisions")
    .addColumn("id", "integer", id)
    .addColumn("revision_id", "integer", (c) =>
      c.notNull().references("revisions.id").onDelete("cascade"),
    )
    .addColumn("language", "text", (c) => c.notNull())
    // machine | reviewed (every unit reviewed)
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("error_count", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("hero_caption", "text", (c) => c.notNull())
    .addColumn("hero_alt", "text", (c) => c.notNull())
    // JSON array of the attachments' titles, in order
    .addColumn("attachment_titles", "text", (c) => c.notNull())
    .addColumn("word_count", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("body_html", "text", (c) => c.notNull())
    .addUniqueConstraint("localized_revisions_key", ["revision_id", "language"])
    .execute();

  await db.schema
    .createTable("item_translations")
    .addColumn("item_id", "integer", (c) => c.notNull().references("items.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    // the translation readers see; null while none passed the language's policy
    .addColumn("live_localized_id", "integer", (c) =>
      c.references("localized_revisions.id").onDelete("set null"),
    )
    .addColumn("slug", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("item_translations_pk", ["item_id", "language"])
    .execute();

  await db.schema
    .createTable("item_slugs")
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("item_id", "integer", (c) => c.notNull().references("items.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("item_slugs_pk", ["language", "slug"])
    .execute();

  await db.schema
    .createTable("tag_translations")
    .addColumn("tag_id", "integer", (c) => c.notNull().references("tags.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("tag_translations_pk", ["tag_id", "language"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "tag_translations",
    "item_slugs",
    "item_translations",
    "localized_revisions",
    "glossary_terms",
    "fuzzy_matches",
    "translation_units",
    "revision_segments",
    "source_segments",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
