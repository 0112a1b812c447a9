import type { Kysely } from "kysely";

/**
 * A localized revision the gate holds needs no HTML: readers never see it.
 * `html_pending` (1) marks one stored without its HTML and word count; they
 * are rendered when it goes live. Rows before this migration are rendered (0).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("localized_revisions")
    .addColumn("html_pending", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("localized_revisions").dropColumn("html_pending").execute();
}
