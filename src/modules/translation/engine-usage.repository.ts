import { sql } from "kysely";
import type { Db } from "../../database.js";

/** The month an instant is counted in: "2026-12" (UTC). */
export function usageMonth(now: Date): string {
  return now.toISOString().slice(0, 7);
}

/**
 * Counts `characters` against an engine's month when they fit within `limit`
 * and answers whether they did; one conditional UPDATE, so two jobs cannot
 * both spend the last of a budget.
 */
export async function reserveEngineCharacters(
  db: Db,
  input: { engine: string; month: string; characters: number; limit: number; now: string },
): Promise<boolean> {
  await db
    .insertInto("engineUsage")
    .values({ engine: input.engine, month: input.month, characters: 0, updatedAt: input.now })
    .onConflict((oc) => oc.columns(["engine", "month"]).doNothing())
    .execute();
  const result = await db
    .updateTable("engineUsage")
    .set({
      characters: sql`characters + ${input.characters}`,
      updatedAt: input.now,
    })
    .where("engine", "=", input.engine)
    .where("month", "=", input.month)
    .where(sql<boolean>`characters + ${input.characters} <= ${input.limit}`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Gives back characters reserved for a request the engine did not answer. */
export async function refundEngineCharacters(
  db: Db,
  input: { engine: string; month: string; characters: number; now: string },
): Promise<void> {
  await db
    .updateTable("engineUsage")
    .set({
      characters: sql`case when characters > ${input.characters} then characters - ${input.characters} else 0 end`,
      updatedAt: input.now,
    })
    .where("engine", "=", input.engine)
    .where("month", "=", input.month)
    .execute();
}

/** Characters an engine was sent in a month; 0 when none. */
export async function findEngineUsage(
  db: Db,
  input: { engine: string; month: string },
): Promise<number> {
  const row = await db
    .selectFrom("engineUsage")
    .select("characters")
    .where("engine", "=", input.engine)
    .where("month", "=", input.month)
    .executeTakeFirst();
  return row ? Number(row.characters) : 0;
}
