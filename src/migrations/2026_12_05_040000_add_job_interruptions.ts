import type { Kysely } from "kysely";

/**
 * How many of a job's attempts were cut short because its worker stopped
 * (process killed, lease lapsed) rather than because its handler threw: those
 * are counted apart from `attempts`, so a job interrupted by crashes does not
 * spend the retry budget meant for its own errors.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("jobs")
    .addColumn("interruptions", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("jobs").dropColumn("interruptions").execute();
}
