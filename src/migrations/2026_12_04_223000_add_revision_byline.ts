import type { Kysely } from "kysely";

/**
 * A byline on each revision: the name of the person who wrote the text, shown
 * to readers. A name, never an account (an imported WordPress author is one).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("revisions")
    .addColumn("byline", "text", (c) => c.notNull().defaultTo(""))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("revisions").dropColumn("byline").execute();
}
