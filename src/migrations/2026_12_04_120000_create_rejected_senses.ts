import type { Kysely } from "kysely";
import { idColumn } from "./helpers.js";

/**
 * Senses reviewers rejected: a source lemma the engine translated with a word a
 * reviewer took out ("mayor" → "majeur"). The checks hold that word again
 * wherever the same source word brings it back.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("rejected_senses")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("source_language", "text", (c) => c.notNull())
    .addColumn("target_language", "text", (c) => c.notNull())
    .addColumn("source_lemma", "text", (c) => c.notNull())
    .addColumn("target_word", "text", (c) => c.notNull())
    // Reviewers' fixes that took it out; from two on, the checks hold it as an error.
    .addColumn("fixes", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("unit_id", "integer")
    .addColumn("created_by", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("rejected_senses_pair_words", [
      "source_language",
      "target_language",
      "source_lemma",
      "target_word",
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("rejected_senses").execute();
}
