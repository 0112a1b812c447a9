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

/** Source sentences by hash (text and language), for units not translated yet. */
export async function findSourceSegments(
  db: Db,
  hashes: readonly string[],
): Promise<Map<string, { text: string; language: string }>> {
  const out = new Map<string, { text: string; language: string }>();
  const unique = [...new Set(hashes)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom("sourceSegments")
      .select(["hash", "text", "language"])
      .where("hash", "in", unique.slice(i, i + 500))
      .execute();
    for (const row of rows) out.set(row.hash, { text: row.text, language: row.language });
  }
  return out;
}
