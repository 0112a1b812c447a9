import type { Kysely } from "kysely";

/**
 * Characters each translation engine was sent per calendar month (UTC), so a
 * monthly budget per engine (CIVITAS_TRANSLATION_BUDGETS) can stop it cleanly.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("engine_usage")
    .addColumn("engine", "text", (c) => c.notNull())
    // "2026-12"
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("characters", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("engine_usage_pk", ["engine", "month"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("engine_usage").execute();
}
