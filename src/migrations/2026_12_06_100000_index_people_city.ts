import type { Kysely } from "kysely";

/**
 * People by city: deleting a city reads its people (to re-index them once the
 * foreign key has unlinked them) and the database sets their city to null;
 * without an index both read every person of a network that has thousands.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex("people_city_idx").on("people").column("city_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("people_city_idx").execute();
}
