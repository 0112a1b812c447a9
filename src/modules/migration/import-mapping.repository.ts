import type { Db } from "../../database.js";
import type { ImportMappingsTable } from "./migration.table.js";

/** What an earlier import made of a source's thing, if anything. */
export async function findImportMapping(
  db: Db,
  key: { source: string; kind: ImportMappingsTable["kind"]; sourceKey: string },
): Promise<number | undefined> {
  const row = await db
    .selectFrom("importMappings")
    .select("targetId")
    .where("source", "=", key.source)
    .where("kind", "=", key.kind)
    .where("sourceKey", "=", key.sourceKey)
    .executeTakeFirst();
  return row?.targetId;
}

/** Records (or moves) what a source's thing became. */
export async function saveImportMapping(db: Db, mapping: ImportMappingsTable): Promise<void> {
  await db
    .insertInto("importMappings")
    .values(mapping)
    .onConflict((oc) =>
      oc.columns(["source", "kind", "sourceKey"]).doUpdateSet({ targetId: mapping.targetId }),
    )
    .execute();
}

/** How many things an import source has mapped, per kind. */
export async function countImportMappings(db: Db, source: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom("importMappings")
    .select(["kind", (eb) => eb.fn.countAll<string | number>().as("count")])
    .where("source", "=", source)
    .groupBy("kind")
    .execute();
  return Object.fromEntries(rows.map((r) => [r.kind, Number(r.count)]));
}
