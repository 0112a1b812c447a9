import type { Db } from "../../../database.js";
import type { UnitOrigin, UnitState } from "../translation.table.js";

const CHUNK = 500;

/** Records source segments (content-addressed); ones already stored are kept. */
export async function insertSourceSegments(
  db: Db,
  rows: readonly { hash: string; language: string; text: string; createdAt: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto("sourceSegments")
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.column("hash").doNothing())
      .execute();
  }
}

/** A unit of the memory with its source text, for export. */
export interface MemoryRow {
  sourceLanguage: string;
  targetLanguage: string;
  sourceText: string;
  targetText: string;
  origin: UnitOrigin;
  state: UnitState;
  createdAt: string;
  updatedAt: string;
}

/** The memory, optionally one language pair and only units a person wrote or approved, in a stable order. */
export async function listMemoryForExport(
  db: Db,
  filter: { sourceLanguage?: string; targetLanguage?: string; reviewedOnly: boolean },
): Promise<MemoryRow[]> {
  let query = db
    .selectFrom("translationUnits as u")
    .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
    .select([
      "u.sourceLanguage",
      "u.targetLanguage",
      "s.text as sourceText",
      "u.targetText",
      "u.origin",
      "u.state",
      "u.createdAt",
      "u.updatedAt",
    ]);
  if (filter.sourceLanguage) query = query.where("u.sourceLanguage", "=", filter.sourceLanguage);
  if (filter.targetLanguage) query = query.where("u.targetLanguage", "=", filter.targetLanguage);
  if (filter.reviewedOnly) query = query.where("u.state", "=", "reviewed");
  return query.orderBy("u.sourceLanguage").orderBy("u.targetLanguage").orderBy("u.id").execute();
}
