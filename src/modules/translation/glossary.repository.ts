import type { Db } from "../../database.js";
import type { GlossaryTerm } from "./translation.table.js";

/** Every term that applies when translating from one language to another: the pair's and the do-not-translate ones. */
export async function listTermsForPair(
  db: Db,
  sourceLanguage: string,
  targetLanguage: string,
): Promise<GlossaryTerm[]> {
  return db
    .selectFrom("glossaryTerms")
    .selectAll()
    .where("sourceLanguage", "=", sourceLanguage)
    .where("targetLanguage", "in", [targetLanguage, "*"])
    .orderBy("sourceTerm")
    .execute();
}

/** The glossary as the admin lists it, optionally for one target language. */
export async function listGlossary(
  db: Db,
  filter: { sourceLanguage?: string; targetLanguage?: string } = {},
): Promise<GlossaryTerm[]> {
  let query = db.selectFrom("glossaryTerms").selectAll();
  if (filter.sourceLanguage) query = query.where("sourceLanguage", "=", filter.sourceLanguage);
  if (filter.targetLanguage) query = query.where("targetLanguage", "=", filter.targetLanguage);
  return query.orderBy("sourceLanguage").orderBy("targetLanguage").orderBy("sourceTerm").execute();
}

/** Finds a term by id. */
export async function findTerm(db: Db, id: number): Promise<GlossaryTerm | undefined> {
  return db.selectFrom("glossaryTerms").selectAll().where("id", "=", id).executeTakeFirst();
}

/** A term as written in the admin or a CSV file. */
export interface TermInput {
  sourceLanguage: string;
  targetLanguage: string;
  sourceTerm: string;
  targetTerm: string | null;
  note: string;
}

/** Adds a term, or updates the one with the same languages and source term (case-insensitive); returns its id. */
export async function upsertTerm(
  db: Db,
  term: TermInput,
  actorId: number | null,
  now: string,
): Promise<number> {
  const existing = await db
    .selectFrom("glossaryTerms")
    .select("id")
    .where("sourceLanguage", "=", term.sourceLanguage)
    .where("targetLanguage", "=", term.targetLanguage)
    .where((eb) => eb(eb.fn("lower", ["sourceTerm"]), "=", term.sourceTerm.toLowerCase()))
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable("glossaryTerms")
      .set({
        sourceTerm: term.sourceTerm,
        targetTerm: term.targetTerm,
        note: term.note,
        updatedAt: now,
      })
      .where("id", "=", existing.id)
      .execute();
    return existing.id;
  }
  const row = await db
    .insertInto("glossaryTerms")
    .values({ ...term, createdBy: actorId, createdAt: now, updatedAt: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Deletes a term; false when there was none. */
export async function deleteTerm(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom("glossaryTerms").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
