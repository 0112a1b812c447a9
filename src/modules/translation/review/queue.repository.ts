import type { ExpressionBuilder } from "kysely";
import type { Db, DB } from "../../../database.js";

/** What the queue can be narrowed to. */
export interface QueueFilter {
  language?: string;
  itemId?: number;
  /** A finding code ("repeated-word"): units whose checks found it. */
  code?: string;
  hasReports?: boolean;
}

/** One row of the review queue. */
export interface QueueRow {
  id: number;
  sourceHash: string;
  targetLanguage: string;
  targetText: string;
  sourceText: string;
  state: "machine" | "reviewed";
  risk: number;
  findings: string;
  openReports: number;
  /** An item that uses the sentence (the filtered one, or the first). */
  itemId: number;
}

type From = DB & { u: DB["translationUnits"] };

/**
 * Units of live or upcoming revisions that wait for a reviewer (machine
 * output, or anything a reader reported), those with open reports first, then
 * by risk, highest first.
 */
export async function listQueue(
  db: Db,
  input: { filter: QueueFilter; languages: readonly string[]; limit: number; offset: number },
): Promise<QueueRow[]> {
  const { filter } = input;
  let query = db
    .selectFrom("translationUnits as u")
    .innerJoin("sourceSegments as s", "s.hash", "u.sourceHash")
    .select((eb) => [
      "u.id",
      "u.sourceHash",
      "u.targetLanguage",
      "u.targetText",
      "s.text as sourceText",
      "u.state",
      "u.risk",
      "u.findings",
      openReports(eb).as("openReports"),
      eb
        .case()
        .when(eb.exists(openReportsQuery(eb)))
        .then(1)
        .else(0)
        .end()
        .as("isReported"),
      usedBy(eb, filter.itemId)
        .select((e) => e.fn.min("i.id").as("itemId"))
        .as("itemId"),
    ])
    .where((eb) => eb.exists(usedBy(eb, filter.itemId).select("i.id")))
    .where((eb) => eb.or([eb("u.state", "=", "machine"), eb.exists(openReportsQuery(eb))]));
  query =
    filter.language !== undefined
      ? query.where("u.targetLanguage", "=", filter.language)
      : query.where("u.targetLanguage", "in", [...input.languages]);
  if (filter.code !== undefined) {
    // Findings are stored as JSON written by JSON.stringify: the code appears exactly so.
    query = query.where("u.findings", "like", `%"code":"${filter.code}"%`);
  }
  if (filter.hasReports) query = query.where((eb) => eb.exists(openReportsQuery(eb)));
  const rows = await query
    .orderBy("isReported", "desc")
    .orderBy("u.risk", "desc")
    .orderBy("u.id")
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  return rows.map((r) => ({
    ...r,
    risk: Number(r.risk),
    openReports: Number(r.openReports),
    itemId: Number(r.itemId),
  }));
}

/** Per language: units of live or upcoming revisions that are machine output, flagged by the checks, reviewed. */
export async function countProgress(
  db: Db,
  languages: readonly string[],
): Promise<Record<string, { machine: number; flagged: number; reviewed: number }>> {
  const rows = await db
    .selectFrom("translationUnits as u")
    .select((eb) => [
      "u.targetLanguage",
      "u.state",
      "u.errorCount",
      eb.fn.countAll<number>().as("n"),
    ])
    .where("u.targetLanguage", "in", [...languages])
    .where((eb) => eb.exists(usedBy(eb, undefined).select("i.id")))
    .groupBy(["u.targetLanguage", "u.state", "u.errorCount"])
    .execute();
  const out: Record<string, { machine: number; flagged: number; reviewed: number }> = {};
  for (const language of languages) out[language] = { machine: 0, flagged: 0, reviewed: 0 };
  for (const row of rows) {
    const counts = out[row.targetLanguage];
    if (!counts) continue;
    const n = Number(row.n);
    if (row.state === "reviewed") counts.reviewed += n;
    else if (Number(row.errorCount) > 0) counts.flagged += n;
    else counts.machine += n;
  }
  return out;
}

/** The finding codes present in the memory, for the queue's filter. */
export async function listFindingCodes(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom("translationUnits")
    .select("findings")
    .distinct()
    .where("findings", "!=", "[]")
    .limit(5000)
    .execute();
  const codes = new Set<string>();
  for (const row of rows) {
    for (const match of row.findings.matchAll(/"code":"([a-z0-9-]{1,60})"/g)) {
      if (match[1]) codes.add(match[1]);
    }
  }
  return [...codes].sort();
}

function openReportsQuery(eb: ExpressionBuilder<From, "u">) {
  return eb
    .selectFrom("translationReports as r")
    .select("r.id")
    .whereRef("r.sourceHash", "=", "u.sourceHash")
    .whereRef("r.language", "=", "u.targetLanguage")
    .where("r.status", "=", "open");
}

function openReports(eb: ExpressionBuilder<From, "u">) {
  return eb
    .selectFrom("translationReports as r")
    .select((e) => e.fn.countAll<number>().as("n"))
    .whereRef("r.sourceHash", "=", "u.sourceHash")
    .whereRef("r.language", "=", "u.targetLanguage")
    .where("r.status", "=", "open");
}

/** Items whose live or latest revision uses the unit's source segment. */
function usedBy(eb: ExpressionBuilder<From, "u">, itemId: number | undefined) {
  let query = eb
    .selectFrom("revisionSegments as rs")
    .innerJoin("items as i", (join) =>
      join.on((e) =>
        e.or([
          e("i.publishedRevisionId", "=", e.ref("rs.revisionId")),
          e("i.latestRevisionId", "=", e.ref("rs.revisionId")),
        ]),
      ),
    )
    .whereRef("rs.hash", "=", "u.sourceHash");
  if (itemId !== undefined) query = query.where("i.id", "=", itemId);
  return query;
}
