import type { Kysely } from "kysely";

/**
 * A whole field of a revision as a person translated it, where its sentences
 * do not pair with the source's (a WordPress multilingual plugin's version
 * written freely): the assembly uses it for that field in that language, and
 * it counts as human text for the gate.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("human_field_translations")
    .addColumn("revision_id", "integer", (c) =>
      c.notNull().references("revisions.id").onDelete("cascade"),
    )
    .addColumn("language", "text", (c) => c.notNull())
    // title, summary, body, … (the fields of translation/fields.ts)
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    // "import:wordpress:<site>" — where the translation came from
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("human_field_translations_pk", ["revision_id", "language", "field"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("human_field_translations").execute();
}
