import type { Kysely } from "kysely";
import type { DB, Db } from "../../database.js";
import { preparedQuery } from "../../platform/db/prepared-query.js";
import { collatorFor } from "../../platform/i18n/collator.js";
import { glossaryKey } from "./glossary-key.js";
import type { GlossaryTerm, TermStatus } from "./translation.table.js";

/**
 * The required terms when translating from one language to another: the
 * pair's preferred translations and the do-not-translate ones (what the
 * pipeline protects and the glossary check expects), letters composed.
 */
export async function listTermsForPair(
  db: Db,
  sourceLanguage: string,
  targetLanguage: string,
): Promise<GlossaryTerm[]> {
  return (await termsForPair(db, { sourceLanguage, targetLanguage })).map((term) => ({
    ...term,
    sourceTerm: composed(term.sourceTerm),
    targetTerm: term.targetTerm === null ? null : composed(term.targetTerm),
  }));
}

/**
 * A term as translation compares and writes it: letters composed (NFC), as
 * translation reads every source text. The glossary keeps a term as its
 * editor typed it ("Cafe\u0301", e + a combining accent, from some systems);
 * compared as typed, it would never match the "Café" of a text, and written as
 * typed, readers' text would mix both forms.
 */
function composed(text: string): string {
  return text.normalize("NFC");
}

const termsForPair = preparedQuery(
  (db: Kysely<DB>, p: { sourceLanguage: string; targetLanguage: string }) =>
    db
      .selectFrom("glossaryTerms")
      .selectAll()
      .where("sourceLanguage", "=", p.sourceLanguage)
      .where("targetLanguage", "in", [p.targetLanguage, "*"])
      .where("status", "=", "preferred")
      .orderBy("sourceTerm"),
);

/** The target terms a translation must not use (deprecated or superseded) for a language pair, letters composed. */
export async function listForbiddenTerms(
  db: Db,
  sourceLanguage: string,
  targetLanguage: string,
): Promise<{ source: string; target: string }[]> {
  const rows = await db
    .selectFrom("glossaryTerms")
    .select(["sourceTerm", "targetTerm"])
    .where("sourceLanguage", "=", sourceLanguage)
    .where("targetLanguage", "=", targetLanguage)
    .where("status", "in", ["deprecated", "superseded"])
    .where("targetTerm", "is not", null)
    .orderBy("sourceTerm")
    .execute();
  return rows.flatMap((r) =>
    r.targetTerm === null
      ? []
      : [{ source: composed(r.sourceTerm), target: composed(r.targetTerm) }],
  );
}

/**
 * The glossary as the admin lists it, optionally for one target language: by
 * language pair, then each source term in its language's alphabetical order
 * ("Égalité" between "eau" and "État"). Sorted here, not by the database:
 * SQLite compares code points ("Égalité" after "zone") and PostgreSQL follows
 * the server's collation.
 */
export async function listGlossary(
  db: Db,
  filter: { sourceLanguage?: string; targetLanguage?: string } = {},
): Promise<GlossaryTerm[]> {
  let query = db.selectFrom("glossaryTerms").selectAll();
  if (filter.sourceLanguage) query = query.where("sourceLanguage", "=", filter.sourceLanguage);
  if (filter.targetLanguage) query = query.where("targetLanguage", "=", filter.targetLanguage);
  const terms = await query.orderBy("id").execute();
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return terms.sort(
    (a, b) =>
      byCode(a.sourceLanguage, b.sourceLanguage) ||
      byCode(a.targetLanguage, b.targetLanguage) ||
      collatorFor(a.sourceLanguage).compare(a.sourceTerm, b.sourceTerm) ||
      a.id - b.id,
  );
}

/** Finds a term by id. */
export async function findTerm(db: Db, id: number): Promise<GlossaryTerm | undefined> {
  return db.selectFrom("glossaryTerms").selectAll().where("id", "=", id).executeTakeFirst();
}

/** A term as written in the admin or a glossary file. */
export interface TermInput {
  sourceLanguage: string;
  targetLanguage: string;
  sourceTerm: string;
  targetTerm: string | null;
  note: string;
  /** Preferred unless said otherwise. */
  status?: TermStatus;
  partOfSpeech?: string;
  definition?: string;
}

/** What an upsert did. */
export type TermChange = "added" | "updated" | "unchanged";

/**
 * Adds a term, or updates the one it stands for: for a preferred term, the
 * preferred translation of the same source term (compared by glossaryKey:
 * case and Unicode composition aside, the same on both engines); for the
 * others, the row of the same source and target terms. A row of the same pair
 * with another status is that row, re-statused. Returns its id and what changed.
 */
export async function upsertTerm(
  db: Db,
  term: TermInput,
  actorId: number | null,
  now: string,
): Promise<{ id: number; change: TermChange }> {
  const values = {
    sourceTerm: term.sourceTerm,
    targetTerm: term.targetTerm,
    sourceKey: glossaryKey(term.sourceTerm),
    targetKey: glossaryKey(term.targetTerm ?? ""),
    note: term.note,
    status: term.status ?? "preferred",
    partOfSpeech: term.partOfSpeech ?? "",
    definition: term.definition ?? "",
  };
  const scope = db
    .selectFrom("glossaryTerms")
    .select(["id", "sourceTerm", "targetTerm", "note", "status", "partOfSpeech", "definition"])
    .where("sourceLanguage", "=", term.sourceLanguage)
    .where("targetLanguage", "=", term.targetLanguage)
    .where("sourceKey", "=", values.sourceKey);
  const samePair = await scope.where("targetKey", "=", values.targetKey).executeTakeFirst();
  const samePreferred =
    values.status === "preferred"
      ? await scope.where("status", "=", "preferred").executeTakeFirst()
      : undefined;
  const existing = samePreferred ?? samePair;
  if (existing) {
    const unchanged =
      existing.sourceTerm === values.sourceTerm &&
      existing.targetTerm === values.targetTerm &&
      existing.note === values.note &&
      existing.status === values.status &&
      existing.partOfSpeech === values.partOfSpeech &&
      existing.definition === values.definition;
    if (unchanged) return { id: existing.id, change: "unchanged" };
    // The preferred row takes the pair's place: a row of the same pair under another status goes.
    if (samePair && samePair.id !== existing.id) {
      await db.deleteFrom("glossaryTerms").where("id", "=", samePair.id).execute();
    }
    await db
      .updateTable("glossaryTerms")
      .set({ ...values, updatedAt: now })
      .where("id", "=", existing.id)
      .execute();
    return { id: existing.id, change: "updated" };
  }
  const row = await db
    .insertInto("glossaryTerms")
    .values({
      sourceLanguage: term.sourceLanguage,
      targetLanguage: term.targetLanguage,
      ...values,
      createdBy: actorId,
      createdAt: now,
      updatedAt: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, change: "added" };
}

/** Deletes a term; false when there was none. */
export async function deleteTerm(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom("glossaryTerms").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
