import type { Db } from "../../../database.js";
import type { TranslationReport } from "./review.table.js";

/** A report as a reader sent it, checked and reduced to plain text. */
export interface NewReport {
  unitId: number;
  sourceHash: string;
  language: string;
  itemId: number | null;
  quotedText: string;
  suggestion: string;
  comment: string;
  email: string | null;
  ipHash: string;
  now: string;
}

/** Stores a reader's report, open. */
export async function insertReport(db: Db, report: NewReport): Promise<number> {
  const row = await db
    .insertInto("translationReports")
    .values({
      unitId: report.unitId,
      sourceHash: report.sourceHash,
      language: report.language,
      itemId: report.itemId,
      quotedText: report.quotedText,
      suggestion: report.suggestion,
      comment: report.comment,
      email: report.email,
      ipHash: report.ipHash,
      status: "open",
      createdAt: report.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Open reports on these source segments in a language, oldest first. */
export async function listOpenReports(
  db: Db,
  input: { hashes: readonly string[]; language: string },
): Promise<TranslationReport[]> {
  if (input.hashes.length === 0) return [];
  const out: TranslationReport[] = [];
  const distinct = [...new Set(input.hashes)];
  for (let i = 0; i < distinct.length; i += 500) {
    out.push(
      ...(await db
        .selectFrom("translationReports")
        .selectAll()
        .where("language", "=", input.language)
        .where("status", "=", "open")
        .where("sourceHash", "in", distinct.slice(i, i + 500))
        .orderBy("id")
        .execute()),
    );
  }
  return out;
}

/** Finds a report by id. */
export async function findReport(db: Db, id: number): Promise<TranslationReport | undefined> {
  return db.selectFrom("translationReports").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Closes every open report of a segment in a language (a reviewer's save answers them); returns how many. */
export async function closeReports(
  db: Db,
  input: { sourceHash: string; language: string; actorId: number; now: string },
): Promise<number> {
  const result = await db
    .updateTable("translationReports")
    .set({ status: "closed", closedBy: input.actorId, closedAt: input.now })
    .where("sourceHash", "=", input.sourceHash)
    .where("language", "=", input.language)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Items with open reader reports, per language, most reported first (the total may count
 * a few more: only the first `limit` items are listed).
 */
export async function listOpenReportsByItem(
  db: Db,
  limit: number,
): Promise<{ itemId: number; language: string; title: string; count: number }[]> {
  const rows = await db
    .selectFrom("translationReports as r")
    .innerJoin("items as i", "i.id", "r.itemId")
    .innerJoin("revisions as v", "v.id", "i.latestRevisionId")
    .select(["r.itemId", "r.language", "v.title"])
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("r.status", "=", "open")
    .groupBy(["r.itemId", "r.language", "v.title"])
    .orderBy("count", "desc")
    .orderBy("r.itemId")
    .orderBy("r.language")
    .limit(limit)
    .execute();
  return rows.flatMap((row) =>
    row.itemId === null
      ? []
      : [
          {
            itemId: row.itemId,
            language: row.language,
            title: row.title,
            count: Number(row.count),
          },
        ],
  );
}
