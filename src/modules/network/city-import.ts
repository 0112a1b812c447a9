import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import { recordAudit } from "../../platform/audit/audit.repository.js";
import { bumpChangeCounter } from "../../platform/db/change-counter.js";
import { type CsvRow, parseCsv } from "../../platform/csv/parse-csv.js";
import { enqueueNetworkTranslations } from "./translation/translate-network.job.js";
import { cityKey, insertCity, listCityKeys, listHubs } from "./directory.repository.js";
import { citySchema, fieldErrors } from "./network.schema.js";

/** Columns an import file may have; the first five are required. */
export const IMPORT_COLUMNS = [
  "name",
  "country",
  "region",
  "latitude",
  "longitude",
  "local_name",
  "slug",
  "hub",
  "member_since",
  "website",
  "tag",
  "profile",
] as const;
const REQUIRED = IMPORT_COLUMNS.slice(0, 5);
const FIELD_OF: Record<string, string> = {
  local_name: "localName",
  member_since: "memberSince",
  tag: "tagSlug",
};

/** Largest file accepted, and most rows. */
export const IMPORT_LIMITS = { bytes: 20 * 1024 * 1024, rows: 100_000, cell: 20_000 } as const;

/** A problem with one row: the field (or "row") and a catalog key saying what is wrong. */
export interface RowProblem {
  field: string;
  problem: string;
}

/** What an import did, or would have done. */
export interface ImportReport {
  /** A problem with the whole file (not UTF-8 text, no header, unknown columns); nothing was read. */
  fileProblem?: { problem: string; detail: string };
  rows: number;
  valid: number;
  written: number;
  invalid: { line: number; name: string; problems: RowProblem[] }[];
}

/**
 * Validates a CSV file of member cities and writes them in one transaction:
 * nothing is written unless every row is valid, or `skipInvalid` is set (then
 * the valid rows are). Duplicates are rows naming a city (same name and
 * country, or same slug) already in the file or the directory.
 */
export async function importCities(db: Kysely<DB>, input: ImportInput): Promise<ImportReport> {
  const report: ImportReport = { rows: 0, valid: 0, written: 0, invalid: [] };
  const file = readImportFile(input.bytes);
  if ("problem" in file) return { ...report, fileProblem: file };
  const { columns, records } = file;
  report.rows = records.length;

  const hubs = new Map((await listHubs(db)).map((h) => [h.slug, h.id]));
  const existing = await listCityKeys(db);
  const seen = {
    keys: new Set(existing.map((e) => e.key)),
    slugs: new Set(existing.map((e) => e.slug)),
  };
  const valid: ImportedCity[] = [];
  for (const [index, record] of records.entries()) {
    if (index % 500 === 0) input.onProgress?.("validating", index, records.length);
    const checked = checkRow(record, columns, { hubs, seen });
    if ("problems" in checked) report.invalid.push(checked);
    else valid.push(checked.city);
  }
  input.onProgress?.("validating", records.length, records.length);
  report.valid = valid.length;
  if (valid.length === 0 || (report.invalid.length > 0 && !input.skipInvalid)) return report;

  await writeCities(db, valid, input);
  input.onProgress?.("writing", valid.length, valid.length);
  report.written = valid.length;
  return report;
}

/** What `importCities` is given. */
export interface ImportInput {
  bytes: Uint8Array;
  skipInvalid: boolean;
  sourceLanguage: string;
  actorId: number | null;
  now: Date;
  onProgress?: (phase: "validating" | "writing", done: number, total: number) => void;
}

type ImportedCity = ReturnType<typeof citySchema.parse>;
type FileProblem = NonNullable<ImportReport["fileProblem"]>;

/** The file's columns (lower case) and data rows, or why the whole file is refused. */
function readImportFile(bytes: Uint8Array): FileProblem | { columns: string[]; records: CsvRow[] } {
  if (bytes.byteLength > IMPORT_LIMITS.bytes)
    return { problem: "network.import.tooLarge", detail: "" };
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  // Rows are judged one by one: a long cell, a NUL byte or an unclosed quote is a row's problem, not the file's.
  const records = parseCsv(text, { maxCellLength: IMPORT_LIMITS.cell, problems: "report" });
  const header = records.shift();
  const columns = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const unknown = columns.filter((c) => !(IMPORT_COLUMNS as readonly string[]).includes(c));
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (
    !header ||
    unknown.length > 0 ||
    missing.length > 0 ||
    new Set(columns).size !== columns.length
  ) {
    return {
      problem: "network.import.badHeader",
      detail: [...missing.map((c) => `-${c}`), ...unknown.map((c) => `+${c.slice(0, 40)}`)].join(
        " ",
      ),
    };
  }
  if (records.length > IMPORT_LIMITS.rows)
    return { problem: "network.import.tooManyRows", detail: "" };
  return { columns, records };
}

/**
 * Checks one row: its shape, its encoding and the city it describes, and
 * whether that city is already in the file or the directory (`seen` grows
 * with each row checked).
 */
function checkRow(
  record: CsvRow,
  columns: readonly string[],
  context: {
    hubs: ReadonlyMap<string, number>;
    seen: { keys: Set<string>; slugs: Set<string> };
  },
): ImportReport["invalid"][number] | { city: ImportedCity } {
  const raw = Object.fromEntries(columns.map((c, i) => [c, record.cells[i] ?? ""]));
  const name = (raw.name ?? "").slice(0, 80);
  const problems: RowProblem[] = [];
  if (record.cells.length !== columns.length) {
    problems.push({ field: "row", problem: "network.import.columnCount" });
  }
  if (record.isCut) problems.push({ field: "row", problem: "network.import.tooLong" });
  if (record.cells.some((c) => c.includes("\uFFFD"))) {
    problems.push({ field: "row", problem: "network.import.encoding" });
  }
  const hubSlug = (raw.hub ?? "").trim();
  const hubId = hubSlug === "" ? "" : context.hubs.get(hubSlug);
  if (hubId === undefined) problems.push({ field: "hub", problem: "network.error.hub" });
  const values: Record<string, unknown> = { hubId: hubId ?? "" };
  for (const column of columns) {
    if (column === "hub") continue;
    values[FIELD_OF[column] ?? column] = raw[column];
  }
  const parsed = citySchema.safeParse(values);
  if (!parsed.success) {
    for (const [field, problem] of Object.entries(fieldErrors(parsed.error)))
      problems.push({ field, problem });
  } else {
    const { seen } = context;
    const key = cityKey(parsed.data.name, parsed.data.country);
    if (seen.keys.has(key) || seen.slugs.has(parsed.data.slug)) {
      problems.push({ field: "name", problem: "network.error.duplicate" });
    }
    seen.keys.add(key);
    seen.slugs.add(parsed.data.slug);
  }
  if (problems.length > 0 || !parsed.success) return { line: record.line, name, problems };
  return { city: parsed.data };
}

/** Writes the cities, queues their profiles' translation and audits the import, all in one transaction. */
async function writeCities(
  db: Kysely<DB>,
  cities: readonly ImportedCity[],
  input: ImportInput,
): Promise<void> {
  const at = input.now.toISOString();
  await db.transaction().execute(async (trx) => {
    const toTranslate: number[] = [];
    for (const [index, city] of cities.entries()) {
      if (index % 500 === 0) input.onProgress?.("writing", index, cities.length);
      const row = await insertCity(trx, {
        ...city,
        sourceLanguage: input.sourceLanguage,
        createdAt: at,
        updatedAt: at,
      });
      if (row.profile.trim() !== "") toTranslate.push(row.id);
    }
    // A job per batch of cities: 10,000 cities are 50 jobs, not 10,000.
    await enqueueNetworkTranslations(trx, { table: "cities", rowIds: toTranslate, now: input.now });
    await recordAudit(trx, {
      actorId: input.actorId,
      action: "created",
      subjectType: "city",
      subjectId: "import",
      summary: `imported ${cities.length} cities`,
      now: input.now,
    });
    await bumpChangeCounter(trx);
  });
}
