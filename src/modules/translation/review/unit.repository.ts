import type { Db } from "../../../database.js";
import type { TranslationUnit } from "../translation.table.js";

/** A unit with its source segment's text. */
export type UnitWithSource = TranslationUnit & { sourceText: string };

/** The target language of a unit, or undefined when there is no such unit. */
export async function findUnitLanguage(
  db: Db,
  id: number,
): Promise<{ targetLanguage: string } | undefined> {
  return db
    .selectFrom("translationUnits")
    .select("targetLanguage")
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Finds a unit and its source text. */
export async function findUnitWithSource(db: Db, id: number): Promise<UnitWithSource | undefined> {
  return db
    .selectFrom("translationUnits as u")
    .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
    .selectAll("u")
    .select("s.text as sourceText")
    .where("u.id", "=", id)
    .executeTakeFirst();
}

/** A person confirms a unit's translation as it is: its text and origin stay. */
export async function markUnitReviewed(
  db: Db,
  input: { unitId: number; actorId: number; now: string },
): Promise<void> {
  await db
    .updateTable("translationUnits")
    .set({
      state: "reviewed",
      updatedBy: input.actorId,
      reviewedBy: input.actorId,
      reviewedAt: input.now,
      updatedAt: input.now,
    })
    .where("id", "=", input.unitId)
    .execute();
}

/** Units of the memory similar to these units' sources, best first. */
export async function listFuzzyMatches(
  db: Db,
  unitIds: readonly number[],
): Promise<{ unitId: number; similarity: number; sourceText: string; targetText: string }[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom("fuzzyMatches as f")
    .innerJoin("translationUnits as m", "m.id", "f.matchUnitId")
    .innerJoin("sourceSegments as s", "s.hash", "m.sourceHash")
    .select(["f.unitId", "f.similarity", "s.text as sourceText", "m.targetText"])
    .where("f.unitId", "in", [...new Set(unitIds)].slice(0, 1000))
    .orderBy("f.similarity", "desc")
    .execute();
  return rows.map((r) => ({ ...r, similarity: Number(r.similarity) }));
}

/** The newest revision of an item before this one that was segmented, if any. */
export async function findPreviousSegmentedRevision(
  db: Db,
  input: { itemId: number; beforeRevisionId: number },
): Promise<number | undefined> {
  const row = await db
    .selectFrom("revisionSegments as rs")
    .innerJoin("revisions as r", "r.id", "rs.revisionId")
    .select((eb) => eb.fn.max("rs.revisionId").as("id"))
    .where("r.itemId", "=", input.itemId)
    .where("rs.revisionId", "<", input.beforeRevisionId)
    .executeTakeFirst();
  return row?.id === null || row?.id === undefined ? undefined : Number(row.id);
}

/** Whether a revision's segments are recorded (it went through the pipeline). */
export async function hasSegments(db: Db, revisionId: number): Promise<boolean> {
  const row = await db
    .selectFrom("revisionSegments")
    .select("revisionId")
    .where("revisionId", "=", revisionId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** A source sentence of the memory (its hash, language and inline-format text). */
export async function findSourceSegment(
  db: Db,
  hash: string,
): Promise<{ hash: string; language: string; text: string } | undefined> {
  return db
    .selectFrom("sourceSegments")
    .select(["hash", "language", "text"])
    .where("hash", "=", hash)
    .executeTakeFirst();
}

/** The unit of a source sentence in a language, with its source text. */
export async function findUnitBySource(
  db: Db,
  input: { sourceHash: string; language: string },
): Promise<UnitWithSource | undefined> {
  return db
    .selectFrom("translationUnits as u")
    .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
    .selectAll("u")
    .select("s.text as sourceText")
    .where("u.sourceHash", "=", input.sourceHash)
    .where("u.targetLanguage", "=", input.language)
    .executeTakeFirst();
}
