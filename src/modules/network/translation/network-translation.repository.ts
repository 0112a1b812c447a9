import type { Db } from "../../../database.js";
import type { NetworkTranslation, TranslatedTable } from "../network.table.js";

/** A stored translation's address and content. */
export type NetworkTranslationRow = NetworkTranslation;

/** Stores (or replaces) assembled texts. */
export async function saveNetworkTranslations(
  db: Db,
  rows: readonly NetworkTranslationRow[],
): Promise<void> {
  for (const row of rows) {
    const { text, state, errorCount, sourceHash, updatedAt } = row;
    await db
      .insertInto("networkTranslations")
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(["tableName", "rowId", "language", "field"])
          .doUpdateSet({ text, state, errorCount, sourceHash, updatedAt }),
      )
      .execute();
  }
}

/** Deletes a row's stored texts, except the fields named in `keep`. */
export async function deleteNetworkTranslations(
  db: Db,
  input: { table: TranslatedTable; rowId: number; keep?: readonly string[] },
): Promise<void> {
  let q = db
    .deleteFrom("networkTranslations")
    .where("tableName", "=", input.table)
    .where("rowId", "=", input.rowId);
  if (input.keep && input.keep.length > 0) q = q.where("field", "not in", [...input.keep]);
  await q.execute();
}

/** Deletes the stored texts of agenda sessions that no longer exist (an event's sessions are replaced on save). */
export async function deleteOrphanSessionTranslations(db: Db): Promise<void> {
  await db
    .deleteFrom("networkTranslations")
    .where("tableName", "=", "event_sessions")
    .where("rowId", "not in", (eb) => eb.selectFrom("eventSessions").select("id"))
    .execute();
}

/** Every stored text of one row, in every language. */
export async function findRowTranslations(
  db: Db,
  input: { table: TranslatedTable; rowId: number },
): Promise<NetworkTranslationRow[]> {
  return db
    .selectFrom("networkTranslations")
    .selectAll()
    .where("tableName", "=", input.table)
    .where("rowId", "=", input.rowId)
    .execute();
}

/** The stored texts of some rows in one language. */
export async function findNetworkTranslations(
  db: Db,
  input: { language: string; rows: readonly { table: TranslatedTable; ids: readonly number[] }[] },
): Promise<NetworkTranslationRow[]> {
  const wanted = input.rows.filter((r) => r.ids.length > 0);
  if (wanted.length === 0) return [];
  return db
    .selectFrom("networkTranslations")
    .selectAll()
    .where("language", "=", input.language)
    .where((eb) =>
      eb.or(
        wanted.map((r) =>
          eb.and([eb("tableName", "=", r.table), eb("rowId", "in", [...new Set(r.ids)])]),
        ),
      ),
    )
    .execute();
}
