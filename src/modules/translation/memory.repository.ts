import type { Kysely } from "kysely";
import type { DB, Db } from "../../database.js";
import { preparedQuery } from "../../platform/db/prepared-query.js";
import type { TranslationUnit, UnitOrigin, UnitState } from "./translation.table.js";

/** How many values one `in (...)` list carries; both engines take far more, this keeps statements small. */
const CHUNK = 500;

/** A segment of a revision as stored: where it sits and what it says. */
export interface StoredSegment {
  position: number;
  field: string;
  hash: string;
  text: string;
}

/** Stores the content-addressed source segments not stored yet (each hash once). */
export async function saveSourceSegments(
  db: Db,
  input: { language: string; segments: readonly { hash: string; text: string }[]; now: string },
): Promise<void> {
  const unique = new Map<string, string>();
  for (const s of input.segments) unique.set(s.hash, s.text);
  const rows = [...unique].map(([hash, text]) => ({
    hash,
    language: input.language,
    text,
    createdAt: input.now,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto("sourceSegments")
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.column("hash").doNothing())
      .execute();
  }
}

/** Records a revision's segments (and the content-addressed source segments) once; a second call changes nothing. */
export async function saveRevisionSegments(
  db: Db,
  input: { revisionId: number; language: string; segments: readonly StoredSegment[]; now: string },
): Promise<void> {
  await saveSourceSegments(db, input);
  const existing = await db
    .selectFrom("revisionSegments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("revisionId", "=", input.revisionId)
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return;
  const uses = input.segments.map((s) => ({
    revisionId: input.revisionId,
    position: s.position,
    field: s.field,
    hash: s.hash,
  }));
  for (let i = 0; i < uses.length; i += CHUNK) {
    await db
      .insertInto("revisionSegments")
      .values(uses.slice(i, i + CHUNK))
      .execute();
  }
}

/** The segments of a revision, in order, with their source text. */
export async function listRevisionSegments(db: Db, revisionId: number): Promise<StoredSegment[]> {
  return db
    .selectFrom("revisionSegments as rs")
    .innerJoin("sourceSegments as s", "s.hash", "rs.hash")
    .select(["rs.position", "rs.field", "rs.hash", "s.text"])
    .where("rs.revisionId", "=", revisionId)
    .orderBy("rs.position")
    .execute();
}

/** Exact matches of the memory: the units of these source segments in a language, by source hash. */
export async function findUnits(
  db: Db,
  hashes: readonly string[],
  targetLanguage: string,
): Promise<Map<string, TranslationUnit>> {
  const found = new Map<string, TranslationUnit>();
  const distinct = [...new Set(hashes)];
  for (let i = 0; i < distinct.length; i += CHUNK) {
    const rows = await unitsOf(db, { targetLanguage, hashes: distinct.slice(i, i + CHUNK) });
    for (const row of rows) found.set(row.sourceHash, row);
  }
  return found;
}

// Prepared once per list length (at most CHUNK shapes per database).
const unitsOf = preparedQuery(
  (db: Kysely<DB>, p: { targetLanguage: string; hashes: readonly string[] }) =>
    db
      .selectFrom("translationUnits")
      .selectAll()
      .where("targetLanguage", "=", p.targetLanguage)
      .where("sourceHash", "in", p.hashes),
);

/** A unit to add to the memory. */
export interface NewUnit {
  sourceHash: string;
  sourceLanguage: string;
  targetLanguage: string;
  targetText: string;
  origin: UnitOrigin;
  route: string;
  state: UnitState;
  unknownWords: readonly string[];
  findings: readonly unknown[];
  errorCount: number;
  risk: number;
  createdBy: number | null;
  now: string;
}

/**
 * Adds units to the memory; a unit that exists already (another worker, or an
 * earlier attempt of the same job, wrote it) is kept as it is.
 */
export async function insertUnits(db: Db, units: readonly NewUnit[]): Promise<void> {
  const rows = units.map(unitRow);
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto("translationUnits")
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(["sourceHash", "targetLanguage"]).doNothing())
      .execute();
  }
}

/** A new unit as its table row. */
function unitRow(u: NewUnit) {
  return {
    sourceHash: u.sourceHash,
    sourceLanguage: u.sourceLanguage,
    targetLanguage: u.targetLanguage,
    targetText: u.targetText,
    origin: u.origin,
    route: u.route,
    state: u.state,
    unknownWords: JSON.stringify(u.unknownWords),
    findings: JSON.stringify(u.findings),
    errorCount: u.errorCount,
    risk: u.risk,
    createdBy: u.createdBy,
    updatedBy: u.createdBy,
    reviewedBy: u.state === "reviewed" ? u.createdBy : null,
    reviewedAt: u.state === "reviewed" ? u.now : null,
    createdAt: u.now,
    updatedAt: u.now,
  };
}

/**
 * Adds one unit unless the memory has one for its sentence and language
 * already; answers the new unit's id, or undefined when one was there (the
 * caller decides whether to write over it).
 */
export async function insertUnitIfAbsent(db: Db, u: NewUnit): Promise<number | undefined> {
  const row = await db
    .insertInto("translationUnits")
    .values(unitRow(u))
    .onConflict((oc) => oc.columns(["sourceHash", "targetLanguage"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
}

/** Replaces a unit's translation by a person's; the unit becomes reviewed. */
export async function saveHumanTranslation(
  db: Db,
  input: {
    unitId: number;
    targetText: string;
    findings: readonly unknown[];
    errorCount: number;
    risk: number;
    actorId: number;
    now: string;
  },
): Promise<void> {
  await db
    .updateTable("translationUnits")
    .set({
      targetText: input.targetText,
      origin: "human",
      state: "reviewed",
      findings: JSON.stringify(input.findings),
      errorCount: input.errorCount,
      risk: input.risk,
      unknownWords: "[]",
      updatedBy: input.actorId,
      reviewedBy: input.actorId,
      reviewedAt: input.now,
      updatedAt: input.now,
    })
    .where("id", "=", input.unitId)
    .execute();
}

/** Candidates for fuzzy matching: units of the same language pair whose source is of similar length. */
export async function listFuzzyCandidates(
  db: Db,
  input: {
    sourceLanguage: string;
    targetLanguage: string;
    minLength: number;
    maxLength: number;
    excludeHashes: readonly string[];
    limit: number;
  },
): Promise<{ id: number; sourceHash: string; sourceText: string }[]> {
  let query = db
    .selectFrom("translationUnits as u")
    .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
    .select(["u.id", "u.sourceHash", "s.text as sourceText"])
    .where("u.sourceLanguage", "=", input.sourceLanguage)
    .where("u.targetLanguage", "=", input.targetLanguage)
    .where((eb) => eb(eb.fn("length", ["s.text"]), ">=", input.minLength))
    .where((eb) => eb(eb.fn("length", ["s.text"]), "<=", input.maxLength));
  if (input.excludeHashes.length > 0 && input.excludeHashes.length <= CHUNK) {
    query = query.where("u.sourceHash", "not in", [...input.excludeHashes]);
  }
  return query.orderBy("u.id", "desc").limit(input.limit).execute();
}

/** Stores fuzzy matches found for units (pairs already stored are kept). */
export async function saveFuzzyMatches(
  db: Db,
  matches: readonly { unitId: number; matchUnitId: number; similarity: number }[],
): Promise<void> {
  for (let i = 0; i < matches.length; i += CHUNK) {
    await db
      .insertInto("fuzzyMatches")
      .values(matches.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(["unitId", "matchUnitId"]).doNothing())
      .execute();
  }
}

/** The revisions that use a segment and readers see now or soon (live or latest of their item). */
export async function listRevisionsUsing(db: Db, sourceHash: string): Promise<number[]> {
  const rows = await db
    .selectFrom("revisionSegments as rs")
    .innerJoin("revisions as r", "r.id", "rs.revisionId")
    .innerJoin("items as i", "i.id", "r.itemId")
    .select("rs.revisionId")
    .distinct()
    .where("rs.hash", "=", sourceHash)
    .where((eb) =>
      eb.or([
        eb("i.publishedRevisionId", "=", eb.ref("rs.revisionId")),
        eb("i.latestRevisionId", "=", eb.ref("rs.revisionId")),
      ]),
    )
    .execute();
  return rows.map((r) => r.revisionId);
}
