import type { Db } from "../../../database.js";

/** Published (or archived) items written in a language, oldest first: what `--all` exports. */
export async function listItemIdsInLanguage(db: Db, sourceLanguage: string): Promise<number[]> {
  const rows = await db
    .selectFrom("items")
    .select("id")
    .where("sourceLanguage", "=", sourceLanguage)
    .where("status", "in", ["published", "archived"])
    .where("publishedRevisionId", "is not", null)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}
